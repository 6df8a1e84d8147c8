/**
 * The compile step: the YAML files of `cases/` in, one validated case-base out — or every problem, each
 * with its file, line and field. Pure: it is handed the files' text and touches no disk, so the CLI,
 * the build script and the tests all run exactly the same checks.
 */
import * as z from 'zod';
import { indexCodebook, type CodebookIndex } from '../domain/codebook-index.ts';
import { normalizeCoding } from '../domain/coding.ts';
import {
  actorListInput,
  codebook as codebookSchema,
  eventInput,
  measureInput,
  mechanismInput,
  relationTargets,
  technologyInput,
  verdictInput,
  type CaseRecord,
  type Codebook,
  type RecordKind,
} from '../domain/schema.ts';
import { fieldPath, type CaseFile, type CaseFileError } from './case-file.ts';
import { parseYaml, type LocatedDocument } from './yaml-document.ts';
import { describeIssues } from '../domain/problem.ts';

export type UnversionedCaseBase = { codebook: Codebook; records: CaseRecord[] };
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

function classify(path: string): { kind: 'codebook' | 'actors' | Exclude<RecordKind, 'actor'>; stem: string } | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const stem = name.replace(/\.ya?ml$/, '');
  if (parts.length >= 1 && (name === 'codebook.yaml' || name === 'codebook.yml') && !(parts[parts.length - 2] in folders)) return { kind: 'codebook', stem };
  if (parts[parts.length - 2] === 'actors' || name === 'actors.yaml' || name === 'actors.yml') return { kind: 'actors', stem };
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
      report(file.path, undefined, [], 'not a case file: expected codebook.yaml, or a .yaml file under actors/, mechanisms/, measures/, events/, technologies/ or verdicts/');
      continue;
    }
    const { document, errors: yamlErrors } = parseYaml(file);
    errors.push(...yamlErrors);
    if (document) parsed.push({ file, kind, document });
  }

  // The codebook first: every coded value is checked against it.
  const codebookFiles = parsed.filter((p) => p.kind.kind === 'codebook');
  if (codebookFiles.length !== 1) {
    errors.push({ file: codebookFiles[1]?.file.path ?? 'cases/codebook.yaml', line: 1, field: '', message: `expected exactly one codebook.yaml; found ${codebookFiles.length}` });
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

  const located: Located[] = [];
  for (const { file, kind, document } of parsed) {
    if (kind.kind === 'codebook') continue;
    if (kind.kind === 'actors') {
      const result = actorListInput.safeParse(document.data);
      if (!result.success) {
        for (const issue of describeIssues(result.error, document.data)) report(file.path, document, issue.path, issue.message);
        continue;
      }
      result.data.actors.forEach((actor, i) => located.push({ record: { ...actor, kind: 'actor' }, file: file.path, document, base: ['actors', i] }));
      continue;
    }
    const schema: z.ZodType = recordSchemas[kind.kind];
    const result = schema.safeParse(document.data);
    if (!result.success) {
      for (const issue of describeIssues(result.error, document.data)) report(file.path, document, issue.path, issue.message);
      continue;
    }
    const data = result.data as { id: string; coding?: Record<string, unknown> };
    if (data.id !== kind.stem) report(file.path, document, ['id'], `the file name must be the record id: expected ${data.id}.yaml`);
    let record = { ...data, kind: kind.kind } as CaseRecord;
    if (data.coding !== undefined) {
      const { coding, problems } = normalizeCoding(index, data.coding, { technologyTraits: kind.kind === 'technology' ? 'only' : 'forbidden' });
      for (const problem of problems) report(file.path, document, problem.path, problem.message);
      record = { ...record, coding } as CaseRecord;
    }
    located.push({ record, file: file.path, document, base: [] });
  }

  checkReferences(located, report);
  checkYears(located, report);
  const records = inheritTechnologyTraits(located.map((l) => l.record), index);

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, caseBase: { codebook, records: records.sort((a, b) => a.id.localeCompare(b.id)) } };
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
      report(entry.file, entry.document, [...entry.base, 'id'], `duplicate id "${entry.record.id}" (first defined in ${first.file}:${first.document.lineOf([...first.base, 'id'])})`);
      continue;
    }
    byId.set(entry.record.id, entry);
  }
  const formerIds = new Map<string, Located>();
  for (const entry of located)
    if ('aliases' in entry.record)
      entry.record.aliases.forEach((alias, i) => {
        const taken = byId.get(alias) ?? formerIds.get(alias);
        if (taken) report(entry.file, entry.document, [...entry.base, 'aliases', i], `alias "${alias}" is already the id or alias of a record in ${taken.file}`);
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
          if (!sourceIds.has(ref)) report(file, document, at(...path, i), `unknown source "${ref}"; this record's sources are ${[...sourceIds].join(', ')}`);
        });
      if ('keyFacts' in record) record.keyFacts.forEach((fact, i) => checkSources(fact.sources, 'keyFacts', i, 'sources'));
      if ('outcomes' in record) record.outcomes.forEach((o, i) => checkSources(o.sources, 'outcomes', i, 'sources'));
      if ('relations' in record) record.relations.forEach((r, i) => checkSources(r.sources, 'relations', i, 'sources'));
      if ('factCheck' in record && record.factCheck)
        record.factCheck.checks.forEach((c, i) => checkSources(c.sources, 'factCheck', 'checks', i, 'sources'));
      if ('corrections' in record) record.corrections.forEach((c, i) => checkSources(c.sources, 'corrections', i, 'sources'));
      if ('coding' in record)
        for (const [featureId, value] of Object.entries(record.coding)) checkSources(value.sources, 'coding', featureId, 'sources');
    }
    if ('parties' in record)
      record.parties.forEach((party, i) => {
        const kind = kindOf(party);
        if (kind !== 'actor') report(file, document, at('parties', i), kind ? `"${party}" is ${withArticle(kind)}, not an actor` : formerIds.has(party) ? unknown(party, 'actor') : `unknown actor "${party}"; add it to a file in cases/actors/`);
      });
    if ('relations' in record)
      record.relations.forEach((relation, i) => {
        const kind = kindOf(relation.target);
        const allowed: readonly RecordKind[] = relationTargets[relation.type];
        if (!kind) report(file, document, at('relations', i, 'target'), unknown(relation.target, 'record'));
        else if (!allowed.includes(kind)) report(file, document, at('relations', i, 'target'), `${relation.type} must point at ${allowed.map(withArticle).join(' or ')}; "${relation.target}" is ${withArticle(kind)}`);
        else if (relation.target === record.id) report(file, document, at('relations', i, 'target'), 'a record cannot relate to itself');
      });
    if (record.kind === 'verdict') checkVerdict(record, kindOf, unknown, (path, message) => report(file, document, at(...path), message));
    if ('technology' in record && record.technology !== undefined) {
      const kind = kindOf(record.technology);
      if (kind !== 'technology') report(file, document, at('technology'), kind ? `"${record.technology}" is ${withArticle(kind)}, not a technology profile` : `unknown technology profile "${record.technology}"`);
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
    report(['source'], `unknown source "${verdict.source}"; this record's sources are ${verdict.sources.map((s) => s.id).join(', ')}`);
}

function checkYears(located: Located[], report: Report) {
  for (const { record, file, document, base } of located) {
    if (record.kind === 'mechanism') {
      if (record.inForceYear !== undefined && record.inForceYear < record.year)
        report(file, document, [...base, 'inForceYear'], `in force (${record.inForceYear}) before it was signed (${record.year})`);
      if (record.endYear !== undefined && record.endYear < (record.inForceYear ?? record.year))
        report(file, document, [...base, 'endYear'], `ended (${record.endYear}) before it started (${record.inForceYear ?? record.year})`);
      if (record.endYear !== undefined && (record.status === 'active' || record.status === 'not-in-force'))
        report(file, document, [...base, 'endYear'], `status is ${record.status} but an end year is given`);
    }
    if (record.kind === 'event' && record.endYear !== undefined && record.endYear < record.year)
      report(file, document, [...base, 'endYear'], `ended (${record.endYear}) before it began (${record.year})`);
    if (record.kind === 'technology' && record.toYear !== undefined && record.toYear < record.fromYear)
      report(file, document, [...base, 'toYear'], `period ends (${record.toYear}) before it begins (${record.fromYear})`);
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
