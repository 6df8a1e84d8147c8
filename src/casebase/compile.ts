/**
 * The compile step: the YAML files of `cases/` in, one validated case-base out — or every problem, each
 * with its file, line and field. Pure: it is handed the files' text and touches no disk, so the CLI,
 * the build script and the tests all run exactly the same checks.
 */
import type * as z from 'zod';
import { indexCodebook, type CodebookIndex } from '../domain/codebook-index.ts';
import { normalizeCoding } from '../domain/coding.ts';
import { glossaryFile, type GlossaryTerm } from '../domain/glossary.ts';
import { outOfScopeFile, type OutOfScopeModel } from '../domain/out-of-scope.ts';
import {
  actorListInput,
  codebook as codebookSchema,
  eventInput,
  measureInput,
  mechanismInput,
  publisherListInput,
  releaseListInput,
  relationTargets,
  technologyInput,
  verdictInput,
  type CaseRecord,
  type Codebook,
  type Publisher,
  type Release,
  type RecordKind,
} from '../domain/schema.ts';
import { hostBelongsTo, unpublishableHost } from '../domain/publishers.ts';
import { quoteInput } from '../domain/quote-input.ts';
import { fieldPath, type CaseFile, type CaseFileError } from './case-file.ts';
import { parseYaml, type LocatedDocument } from './yaml-document.ts';
import { describeIssues } from '../domain/problem.ts';

export type UnversionedCaseBase = {
  codebook: Codebook;
  publishers: Publisher[];
  records: CaseRecord[];
  releases: Release[];
  outOfScope?: OutOfScopeModel[];
  glossary?: GlossaryTerm[];
};
export type CompileResult = { ok: true; caseBase: UnversionedCaseBase } | { ok: false; errors: CaseFileError[] };

/** Which folder holds which kind of record; the folder, not a field, decides the kind. */
const folders: Record<string, Exclude<RecordKind, 'actor'>> = {
  mechanisms: 'mechanism',
  measures: 'measure',
  events: 'event',
  technologies: 'technology',
  verdicts: 'verdict',
};

const recordSchemas = {
  mechanism: mechanismInput,
  measure: measureInput,
  event: eventInput,
  technology: technologyInput,
  verdict: verdictInput,
} as const;

interface Located {
  record: CaseRecord;
  file: string;
  document: LocatedDocument;
  /** Where the record sits inside its file (actors share one file). */
  base: PropertyKey[];
}

type FileKind =
  'codebook' | 'publishers' | 'releases' | 'actors' | 'outOfScope' | 'glossary' | Exclude<RecordKind, 'actor'>;

function classify(path: string): { kind: FileKind; stem: string } | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const stem = name.replace(/\.ya?ml$/, '');
  const parent = parts[parts.length - 2];
  if (name === 'publishers.yaml' && !(parent in folders)) return { kind: 'publishers', stem };
  if (name === 'releases.yaml' && !(parent in folders)) return { kind: 'releases', stem };
  if (stem === 'out-of-scope' && !(parent in folders) && parent !== 'actors') return { kind: 'outOfScope', stem };
  if (stem === 'glossary-zh' && !(parent in folders) && parent !== 'actors') return { kind: 'glossary', stem };
  if (
    parts.length >= 1 &&
    (name === 'codebook.yaml' || name === 'codebook.yml') &&
    !(parts[parts.length - 2] in folders)
  )
    return { kind: 'codebook', stem };
  if (parts[parts.length - 2] === 'actors' || name === 'actors.yaml' || name === 'actors.yml')
    return { kind: 'actors', stem };
  const folder = parts[parts.length - 2];
  if (folder in folders) return { kind: folders[folder], stem };
  return undefined;
}

export function compileCaseBase(files: readonly CaseFile[]): CompileResult {
  const errors: CaseFileError[] = [];
  const report = (file: string, document: LocatedDocument | undefined, path: PropertyKey[], message: string) =>
    errors.push({ file, line: document ? document.lineOf(path) : 1, field: fieldPath(path), message });

  const parsed: { file: CaseFile; kind: NonNullable<ReturnType<typeof classify>>; document: LocatedDocument }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(file.path);
    if (!kind) {
      report(
        file.path,
        undefined,
        [],
        'not a case file: expected codebook.yaml, publishers.yaml, releases.yaml, out-of-scope.yaml, ' +
          'glossary-zh.yaml, or a .yaml file ' +
          'under actors/, mechanisms/, measures/, events/, technologies/ or verdicts/',
      );
      continue;
    }
    const { document, errors: yamlErrors } = parseYaml(file);
    errors.push(...yamlErrors);
    if (document) parsed.push({ file, kind, document });
  }

  // The codebook first: every coded value is checked against it.
  const codebookFiles = parsed.filter((p) => p.kind.kind === 'codebook');
  if (codebookFiles.length !== 1) {
    errors.push({
      file: codebookFiles[1]?.file.path ?? 'cases/codebook.yaml',
      line: 1,
      field: '',
      message: `expected exactly one codebook.yaml; found ${codebookFiles.length}`,
    });
    return { ok: false, errors };
  }
  const codebookFile = codebookFiles[0];
  const codebookResult = codebookSchema.safeParse(codebookFile.document.data);
  if (!codebookResult.success) {
    for (const issue of describeIssues(codebookResult.error, codebookFile.document.data))
      report(codebookFile.file.path, codebookFile.document, issue.path, issue.message);
    return { ok: false, errors };
  }
  const codebook = codebookResult.data;
  const index = indexCodebook(codebook);

  const publishers = readPublishers(
    parsed.filter((p) => p.kind.kind === 'publishers'),
    report,
  );
  const releaseFiles = parsed.filter((p) => p.kind.kind === 'releases');
  const releases = readReleases(releaseFiles, report);

  const located: Located[] = [];
  const outOfScopeFiles = parsed.filter((p) => p.kind.kind === 'outOfScope');
  if (outOfScopeFiles.length > 1)
    report(
      outOfScopeFiles[1].file.path,
      outOfScopeFiles[1].document,
      [],
      `expected at most one out-of-scope.yaml; found ${outOfScopeFiles.length}`,
    );
  for (const { file, kind, document } of parsed) {
    if (
      kind.kind === 'codebook' ||
      kind.kind === 'publishers' ||
      kind.kind === 'releases' ||
      kind.kind === 'outOfScope' ||
      kind.kind === 'glossary'
    )
      continue;
    if (kind.kind === 'actors') {
      const result = actorListInput.safeParse(document.data);
      if (!result.success) {
        for (const issue of describeIssues(result.error, document.data))
          report(file.path, document, issue.path, issue.message);
        continue;
      }
      result.data.actors.forEach((actor, i) =>
        located.push({ record: { ...actor, kind: 'actor' }, file: file.path, document, base: ['actors', i] }),
      );
      continue;
    }
    const schema: z.ZodType = recordSchemas[kind.kind];
    const result = schema.safeParse(document.data);
    if (!result.success) {
      for (const issue of describeIssues(result.error, document.data))
        report(file.path, document, issue.path, issue.message);
      continue;
    }
    const data = result.data as { id: string; coding?: Record<string, unknown> };
    if (data.id !== kind.stem)
      report(file.path, document, ['id'], `the file name must be the record id: expected ${data.id}.yaml`);
    let record = { ...data, kind: kind.kind } as CaseRecord;
    if (data.coding !== undefined) {
      const { coding, problems } = normalizeCoding(index, data.coding, {
        technologyTraits: kind.kind === 'technology' ? 'only' : 'forbidden',
      });
      for (const problem of problems) report(file.path, document, problem.path, problem.message);
      record = { ...record, coding } as CaseRecord;
    }
    located.push({ record, file: file.path, document, base: [] });
  }

  checkReferences(located, report);
  checkSourceAddresses(located, publishers, report);
  checkAddressesInText(located, report);
  checkReleases(located, releases, releaseFiles[0], report);
  checkYears(located, report);
  const records = inheritTechnologyTraits(
    located.map((l) => l.record),
    index,
  );
  const oos = outOfScopeFiles[0];
  const outOfScope = oos ? compileOutOfScope(oos.file.path, oos.document, located, report) : undefined;

  // The glossary, when there is one, validated against its schema (src/domain/glossary.ts).
  const glossaryFiles = parsed.filter((p) => p.kind.kind === 'glossary');
  const glossary = readSingleFile(glossaryFiles, 'glossary-zh.yaml', glossaryFile, report)?.data.terms;

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const sorted = records.sort((a, b) => a.id.localeCompare(b.id));
  const caseBase = { codebook, publishers, records: sorted, releases };
  return {
    ok: true,
    caseBase: { ...caseBase, ...(outOfScope ? { outOfScope } : {}), ...(glossary ? { glossary } : {}) },
  };
}

/**
 * `cases/out-of-scope.yaml`: validated against its schema, every id unique and not the id of a record
 * (a model is either in the case-base or out of scope, never both), every `closest` id a mechanism.
 */
function compileOutOfScope(
  file: string,
  document: LocatedDocument,
  located: Located[],
  report: Report,
): OutOfScopeModel[] | undefined {
  const result = outOfScopeFile.safeParse(document.data);
  if (!result.success) {
    for (const issue of describeIssues(result.error, document.data)) report(file, document, issue.path, issue.message);
    return undefined;
  }
  const kinds = new Map<string, RecordKind>();
  const formerIds = new Map<string, string>();
  for (const { record } of located) {
    kinds.set(record.id, record.kind);
    if ('aliases' in record) for (const alias of record.aliases) formerIds.set(alias, record.id);
  }
  const seen = new Set<string>();
  result.data.models.forEach((model, i) => {
    if (seen.has(model.id)) report(file, document, ['models', i, 'id'], `duplicate id "${model.id}"`);
    seen.add(model.id);
    if (kinds.has(model.id))
      report(
        file,
        document,
        ['models', i, 'id'],
        `"${model.id}" is the id of a record in the case-base; a model cannot be both in and out of scope`,
      );
    model.closest.forEach((id, j) => {
      const kind = kinds.get(id);
      const renamed = formerIds.get(id);
      if (kind === 'mechanism') return;
      const message = kind
        ? `closest must name mechanisms; "${id}" is ${withArticle(kind)}`
        : renamed
          ? `"${id}" is a former id; use "${renamed}"`
          : `unknown mechanism "${id}"`;
      report(file, document, ['models', i, 'closest', j], message);
    });
  });
  return result.data.models;
}

/** "an event", "a mechanism": error messages are read by people. */
function withArticle(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

type Report = (file: string, document: LocatedDocument, path: PropertyKey[], message: string) => void;

function checkReferences(located: Located[], report: Report) {
  const byId = new Map<string, Located>();
  for (const entry of located) {
    const first = byId.get(entry.record.id);
    if (first) {
      report(
        entry.file,
        entry.document,
        [...entry.base, 'id'],
        `duplicate id "${entry.record.id}" (first defined in ${first.file}:${first.document.lineOf([...first.base, 'id'])})`,
      );
      continue;
    }
    byId.set(entry.record.id, entry);
  }
  const formerIds = new Map<string, Located>();
  for (const entry of located)
    if ('aliases' in entry.record)
      entry.record.aliases.forEach((alias, i) => {
        const taken = byId.get(alias) ?? formerIds.get(alias);
        if (taken)
          report(
            entry.file,
            entry.document,
            [...entry.base, 'aliases', i],
            `alias "${alias}" is already the id or alias of a record in ${taken.file}`,
          );
        else formerIds.set(alias, entry);
      });
  const kindOf = (id: string) => byId.get(id)?.record.kind;
  /** Data must use current ids; a former id is reported with the id to use instead. */
  const unknown = (id: string, what: string) => {
    const renamed = formerIds.get(id);
    return renamed ? `"${id}" is a former id; use "${renamed.record.id}"` : `unknown ${what} "${id}"`;
  };

  for (const { record, file, document, base } of located) {
    const at = (...path: PropertyKey[]) => [...base, ...path];
    if ('sources' in record) {
      const sourceIds = new Set<string>();
      record.sources.forEach((s, i) => {
        if (sourceIds.has(s.id)) report(file, document, at('sources', i, 'id'), `duplicate source id "${s.id}"`);
        sourceIds.add(s.id);
      });
      const checkSources = (refs: readonly string[] | undefined, ...path: PropertyKey[]) =>
        refs?.forEach((ref, i) => {
          if (!sourceIds.has(ref))
            report(
              file,
              document,
              at(...path, i),
              `unknown source "${ref}"; this record's sources are ${[...sourceIds].join(', ')}`,
            );
        });
      if ('keyFacts' in record)
        record.keyFacts.forEach((fact, i) => checkSources(fact.sources, 'keyFacts', i, 'sources'));
      if ('outcomes' in record) record.outcomes.forEach((o, i) => checkSources(o.sources, 'outcomes', i, 'sources'));
      if ('relations' in record) record.relations.forEach((r, i) => checkSources(r.sources, 'relations', i, 'sources'));
      if ('factCheck' in record && record.factCheck)
        record.factCheck.checks.forEach((c, i) => checkSources(c.sources, 'factCheck', 'checks', i, 'sources'));
      if ('corrections' in record)
        record.corrections.forEach((c, i) => checkSources(c.sources, 'corrections', i, 'sources'));
      if (record.kind === 'mechanism' && record.partiesCount)
        checkSources(record.partiesCount.sources, 'partiesCount', 'sources');
      if ('coding' in record)
        for (const [featureId, value] of Object.entries(record.coding))
          checkSources(value.sources, 'coding', featureId, 'sources');
    }
    if ('parties' in record)
      record.parties.forEach((party, i) => {
        const kind = kindOf(party);
        if (kind !== 'actor')
          report(
            file,
            document,
            at('parties', i),
            kind
              ? `"${party}" is ${withArticle(kind)}, not an actor`
              : formerIds.has(party)
                ? unknown(party, 'actor')
                : `unknown actor "${party}"; add it to a file in cases/actors/`,
          );
      });
    if ('relations' in record)
      record.relations.forEach((relation, i) => {
        const kind = kindOf(relation.target);
        const allowed: readonly RecordKind[] = relationTargets[relation.type];
        if (!kind) report(file, document, at('relations', i, 'target'), unknown(relation.target, 'record'));
        else if (!allowed.includes(kind))
          report(
            file,
            document,
            at('relations', i, 'target'),
            `${relation.type} must point at ${allowed.map(withArticle).join(' or ')}; "${relation.target}" is ${withArticle(kind)}`,
          );
        else if (relation.target === record.id)
          report(file, document, at('relations', i, 'target'), 'a record cannot relate to itself');
      });
    if (record.kind === 'verdict')
      checkVerdict(record, kindOf, unknown, (path, message) => report(file, document, at(...path), message));
    if ('technology' in record && record.technology !== undefined) {
      const kind = kindOf(record.technology);
      if (kind !== 'technology')
        report(
          file,
          document,
          at('technology'),
          kind
            ? `"${record.technology}" is ${withArticle(kind)}, not a technology profile`
            : `unknown technology profile "${record.technology}"`,
        );
    }
  }
}

/** A verdict compares one measure with one mechanism, and names which of its sources makes the claim. */
function checkVerdict(
  verdict: Extract<CaseRecord, { kind: 'verdict' }>,
  kindOf: (id: string) => RecordKind | undefined,
  unknown: (id: string, what: string) => string,
  report: (path: PropertyKey[], message: string) => void,
) {
  for (const field of ['measure', 'mechanism'] as const) {
    const id = verdict[field];
    const kind = kindOf(id);
    if (!kind) report([field], unknown(id, field));
    else if (kind !== field) report([field], `"${id}" is ${withArticle(kind)}, not ${withArticle(field)}`);
  }
  if (!verdict.sources.some((s) => s.id === verdict.source))
    report(
      ['source'],
      `unknown source "${verdict.source}"; this record's sources are ${verdict.sources.map((s) => s.id).join(', ')}`,
    );
}

function checkYears(located: Located[], report: Report) {
  for (const { record, file, document, base } of located) {
    if (record.kind === 'mechanism') {
      if (record.inForceYear !== undefined && record.inForceYear < record.year)
        report(
          file,
          document,
          [...base, 'inForceYear'],
          `in force (${record.inForceYear}) before it was signed (${record.year})`,
        );
      if (record.endYear !== undefined && record.endYear < (record.inForceYear ?? record.year))
        report(
          file,
          document,
          [...base, 'endYear'],
          `ended (${record.endYear}) before it started (${record.inForceYear ?? record.year})`,
        );
      if (record.endYear !== undefined && (record.status === 'active' || record.status === 'not-in-force'))
        report(file, document, [...base, 'endYear'], `status is ${record.status} but an end year is given`);
    }
    if (record.kind === 'event' && record.endYear !== undefined && record.endYear < record.year)
      report(file, document, [...base, 'endYear'], `ended (${record.endYear}) before it began (${record.year})`);
    if (record.kind === 'technology' && record.toYear !== undefined && record.toYear < record.fromYear)
      report(
        file,
        document,
        [...base, 'toYear'],
        `period ends (${record.toYear}) before it begins (${record.fromYear})`,
      );
  }
}

/** Copies each technology profile's traits into the records that govern that technology. */
function inheritTechnologyTraits(records: CaseRecord[], index: CodebookIndex): CaseRecord[] {
  const profiles = new Map(records.flatMap((r) => (r.kind === 'technology' ? [[r.id, r] as const] : [])));
  return records.map((record) => {
    if ((record.kind !== 'mechanism' && record.kind !== 'measure') || record.technology === undefined) return record;
    const profile = profiles.get(record.technology);
    if (!profile) return record;
    const coding = { ...record.coding };
    for (const feature of index.features) {
      const inherited = profile.coding[feature.id];
      if (feature.perTechnology && inherited && !(feature.id in coding))
        coding[feature.id] = { ...inherited, inheritedFrom: profile.id };
    }
    return { ...record, coding };
  });
}

function sortErrors(errors: CaseFileError[]): CaseFileError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/**
 * A top-level file that may appear at most once (publishers.yaml, releases.yaml, glossary-zh.yaml), parsed
 * with its schema.
 */
function readSingleFile<T>(
  files: { file: CaseFile; document: LocatedDocument }[],
  name: string,
  schema: z.ZodType<T>,
  report: Report,
): { data: T; file: CaseFile; document: LocatedDocument } | undefined {
  if (files.length > 1) report(files[1].file.path, files[1].document, [], `expected at most one ${name}`);
  const first = files[0];
  if (!first) return undefined;
  const result = schema.safeParse(first.document.data);
  if (!result.success) {
    for (const issue of describeIssues(result.error, first.document.data))
      report(first.file.path, first.document, issue.path, issue.message);
    return undefined;
  }
  return { data: result.data, file: first.file, document: first.document };
}

/** The publisher registry: at most one file, ids unique, every host one that a publisher could own. */
function readPublishers(files: { file: CaseFile; document: LocatedDocument }[], report: Report): Publisher[] {
  const first = readSingleFile(files, 'publishers.yaml', publisherListInput, report);
  if (!first) return [];
  const result = first;
  const seen = new Set<string>();
  result.data.publishers.forEach((publisher, i) => {
    if (seen.has(publisher.id))
      report(first.file.path, first.document, ['publishers', i, 'id'], `duplicate publisher id "${publisher.id}"`);
    seen.add(publisher.id);
    publisher.hosts.forEach((host, j) => {
      const why = unpublishableHost(host);
      if (why) report(first.file.path, first.document, ['publishers', i, 'hosts', j], `"${host}" is ${why}`);
    });
  });
  return [...result.data.publishers].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A source's URL must be its publisher's own address: a registered publisher, on one of its hosts, and
 * never an IP address, a trailing-dot host or a staging, development, test or admin host. A copy of a
 * page on another site is never cited: the source keeps its full reference without a URL.
 */
function checkSourceAddresses(located: Located[], publishers: Publisher[], report: Report) {
  const byId = new Map(publishers.map((p) => [p.id, p]));
  for (const { record, file, document, base } of located) {
    if (!('sources' in record)) continue;
    record.sources.forEach((source, i) => {
      const at = (...path: PropertyKey[]) => [...base, 'sources', i, ...path];
      const publisher = source.publisher === undefined ? undefined : byId.get(source.publisher);
      if (source.publisher !== undefined && !publisher)
        report(
          file,
          document,
          at('publisher'),
          `unknown publisher ${quoteInput(source.publisher)}; add it to cases/publishers.yaml`,
        );
      if (source.url === undefined) return;
      const host = new URL(source.url).hostname;
      const why = unpublishableHost(host);
      if (why) report(file, document, at('url'), `url host ${quoteInput(host)} is ${why}`);
      else if (source.publisher === undefined)
        report(
          file,
          document,
          at('publisher'),
          'a source with a url must name its publisher (an id in cases/publishers.yaml)',
        );
      else if (publisher && !hostBelongsTo(host, publisher))
        report(
          file,
          document,
          at('url'),
          `url host ${quoteInput(host)} is not one of ${publisher.id}'s hosts (${publisher.hosts.join(', ') || 'none listed'}); ` +
            "cite the publisher's own address, or give the full reference without a URL, or add the host to cases/publishers.yaml if the publisher owns it",
        );
    });
  }
}

/**
 * Addresses written anywhere else in a record — a note saying where a text was read, the source of a
 * Chinese name — are held to the same floor as a source's: never an IP address, a trailing-dot host or a
 * staging, development, test or admin host. (A source's own `url` is checked above, against its publisher.)
 */
function checkAddressesInText(located: Located[], report: Report) {
  const address = /https?:\/\/([^\s/?#"'<>)\]]+)/g;
  const walk = (value: unknown, path: PropertyKey[], at: (path: PropertyKey[], message: string) => void) => {
    if (typeof value === 'string') {
      for (const [, authority] of value.matchAll(address)) {
        const host = authority.replace(/:\d+$/, '').toLowerCase();
        const why = unpublishableHost(host);
        if (why) at(path, `address host ${quoteInput(host)} is ${why}`);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], at));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value))
        if (!(key === 'url' && path.at(-2) === 'sources')) walk(v, [...path, key], at);
  };
  for (const { record, file, document, base } of located)
    walk(record, base, (path, message) => report(file, document, path, message));
}

/** The named releases, oldest first: names unique, dates in order. */
function readReleases(files: { file: CaseFile; document: LocatedDocument }[], report: Report): Release[] {
  const first = readSingleFile(files, 'releases.yaml', releaseListInput, report);
  if (!first) return [];
  const releases = first.data.releases;
  releases.forEach((release, i) => {
    if (releases.findIndex((r) => r.name === release.name) !== i)
      report(first.file.path, first.document, ['releases', i, 'name'], `duplicate release "${release.name}"`);
    if (i > 0 && release.date < releases[i - 1].date)
      report(
        first.file.path,
        first.document,
        ['releases', i, 'date'],
        `releases are listed oldest first; ${release.date} is before ${releases[i - 1].date}`,
      );
  });
  return releases;
}

/**
 * Release notes must name real records: an added id is a record today (or was retired later), a retired id
 * is no longer a record's id, and every correction names a release that exists.
 */
function checkReleases(
  located: Located[],
  releases: Release[],
  file: { file: CaseFile; document: LocatedDocument } | undefined,
  report: Report,
) {
  const names = new Set(releases.map((r) => r.name));
  const current = new Set(located.map((l) => l.record.id));
  const retiredLater = new Set(releases.flatMap((r) => r.retired.map((x) => x.id)));
  if (file)
    releases.forEach((release, i) => {
      release.added.forEach((id, j) => {
        if (!current.has(id) && !retiredLater.has(id))
          report(file.file.path, file.document, ['releases', i, 'added', j], `"${id}" is not a record`);
      });
      release.retired.forEach((retired, j) => {
        if (current.has(retired.id))
          report(
            file.file.path,
            file.document,
            ['releases', i, 'retired', j, 'id'],
            `"${retired.id}" is still a record's id`,
          );
        if (retired.replacedBy !== undefined && !current.has(retired.replacedBy))
          report(
            file.file.path,
            file.document,
            ['releases', i, 'retired', j, 'replacedBy'],
            `"${retired.replacedBy}" is not a record`,
          );
      });
    });
  for (const { record, file: path, document, base } of located) {
    if (!('corrections' in record)) continue;
    record.corrections.forEach((correction, i) => {
      if (!names.has(correction.release))
        report(
          path,
          document,
          [...base, 'corrections', i, 'release'],
          `unknown release "${correction.release}"; releases are ${[...names].join(', ') || 'none'} (cases/releases.yaml)`,
        );
    });
  }
}
