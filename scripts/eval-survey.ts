/**
 * The survey of published analogies (`eval/literature-precedents.jsonl`) against the case-base, for
 * `npm run eval`:
 *
 *   coverage   the share of the precedents the literature names that are in the case-base — by id, looked
 *              up in the compiled case-base at run time (former ids count) — overall and in scope;
 *   findable   hit@5 and MRR of the survey's own words: each line's `measure` as a free-text query, its
 *              in-scope precedents present in the case-base as the expected ids; dev and test halves apart.
 *
 * The split is fixed by a hash of each line's id (checked here), so no line moves between halves after
 * results are seen. Tune on dev only; the test half is reported, never looked at line by line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { findOutOfScopeModels } from '../src/domain/out-of-scope.ts';
import type { CompiledCaseBase } from '../src/domain/schema.ts';
import { match } from '../src/domain/match/match.ts';

export const surveyFile = 'eval/literature-precedents.jsonl';

const namedPrecedent = z.strictObject({
  name: z.string().min(1),
  /** The case id — present, planned, or (out of scope) the id in cases/out-of-scope.yaml. */
  id: z.string().min(1).optional(),
  inScope: z.boolean(),
  scopeNote: z.string().min(1).optional(),
});

export const surveyLine = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  measure: z.string().min(1),
  precedents: z.array(namedPrecedent).min(1),
  stance: z.enum(['for', 'against', 'mixed']),
  author: z.string().min(1),
  title: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  url: z.url({ protocol: /^https?$/ }).optional(),
  passage: z.string().min(1).max(300),
  split: z.enum(['dev', 'test']),
});
export type SurveyLine = z.infer<typeof surveyLine>;

/** The half a line belongs to, from its id alone: the first 32 bits of SHA-256, even → dev. */
export function splitOf(id: string): 'dev' | 'test' {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 2 === 0 ? 'dev' : 'test';
}

export function readSurvey(path = surveyFile): SurveyLine[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: SurveyLine[] = [];
  const seen = new Set<string>();
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    const where = `${path}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error(`${where}: not JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = surveyLine.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`);
      throw new Error(`${where}: ${issues.join('; ')}`);
    }
    const line = parsed.data;
    if (seen.has(line.id)) throw new Error(`${where}: duplicate id "${line.id}"`);
    seen.add(line.id);
    if (line.split !== splitOf(line.id))
      throw new Error(`${where}: split must be "${splitOf(line.id)}" (fixed by a hash of the id)`);
    out.push(line);
  });
  return out;
}

/** Current id of every record, former ids (aliases) included. */
function currentIds(caseBase: CompiledCaseBase): Map<string, string> {
  const current = new Map<string, string>();
  for (const r of caseBase.records) {
    current.set(r.id, r.id);
    if ('aliases' in r) for (const a of r.aliases) current.set(a, r.id);
  }
  return current;
}

export interface Coverage {
  /** Distinct precedents named (by id, or by name where the line gives no id). */
  named: number;
  present: number;
  inScopeNamed: number;
  inScopePresent: number;
  /** Mentions: every (line, precedent) pair. */
  mentions: number;
  mentionsPresent: number;
  /** In-scope precedents named but not in the case-base: key → name, id (if any) and how many lines name it. */
  missing: { key: string; name: string; id?: string; lines: number }[];
}

export function surveyCoverage(lines: readonly SurveyLine[], caseBase: CompiledCaseBase): Coverage {
  const current = currentIds(caseBase);
  const distinct = new Map<string, { name: string; id?: string; inScope: boolean; present: boolean; lines: number }>();
  let mentions = 0;
  let mentionsPresent = 0;
  for (const line of lines)
    for (const p of line.precedents) {
      const present = p.id !== undefined && current.has(p.id);
      mentions++;
      if (present) mentionsPresent++;
      const key = p.id ? (current.get(p.id) ?? p.id) : `name:${p.name.toLowerCase()}`;
      const entry = distinct.get(key) ?? { name: p.name, id: p.id, inScope: p.inScope, present, lines: 0 };
      entry.lines++;
      distinct.set(key, entry);
    }
  const all = [...distinct.entries()];
  const inScope = all.filter(([, e]) => e.inScope);
  return {
    named: all.length,
    present: all.filter(([, e]) => e.present).length,
    inScopeNamed: inScope.length,
    inScopePresent: inScope.filter(([, e]) => e.present).length,
    mentions,
    mentionsPresent,
    missing: inScope
      .filter(([, e]) => !e.present)
      .map(([key, e]) => ({ key, name: e.name, ...(e.id ? { id: e.id } : {}), lines: e.lines }))
      .sort((a, b) => b.lines - a.lines || a.key.localeCompare(b.key)),
  };
}

/**
 * The rank (1-based) of the first expected id in a ranking, or Infinity. The engine's lineage families
 * can be passed in here, so a record in the same family as the expected one counts as found.
 */
export type FirstHit = (expected: readonly string[], ranking: readonly string[]) => number;
const exactFirstHit: FirstHit = (expected, ranking) =>
  Math.min(
    ...expected
      .map((id) => ranking.indexOf(id))
      .filter((i) => i >= 0)
      .map((i) => i + 1),
  );

export interface Findability {
  split: 'dev' | 'test';
  /** flat: the expected id's own rank (group=none); family: a hit when it heads a shown family or is a member. */
  way: 'flat' | 'family';
  /** Lines with at least one in-scope precedent present, the ones that can be scored. */
  n: number;
  /** Lines left out because none of their in-scope precedents is in the case-base yet. */
  skipped: number;
  hit5: number;
  hit10: number;
  mrr: number;
}

export function surveyFindability(
  lines: readonly SurveyLine[],
  caseBase: CompiledCaseBase,
  options: { preset?: string; firstHit?: FirstHit; verbose?: boolean } = {},
): Findability[] {
  const current = currentIds(caseBase);
  const candidates = caseBase.records.filter((r) => r.kind === 'mechanism').length;
  const firstHit = options.firstHit ?? exactFirstHit;
  const ways = ['flat', 'family'] as const;
  return (['dev', 'test'] as const)
    .flatMap((split) => ways.map((way) => ({ split, way })))
    .map(({ split, way }) => {
      let n = 0;
      let skipped = 0;
      let hit5 = 0;
      let hit10 = 0;
      let reciprocal = 0;
      for (const line of lines.filter((l) => l.split === split)) {
        const present = (p: SurveyLine['precedents'][number]) => p.inScope && p.id !== undefined && current.has(p.id);
        const expected = [...new Set(line.precedents.filter(present).map((p) => current.get(p.id!)!))];
        if (expected.length === 0) {
          skipped++;
          continue;
        }
        const preset = options.preset ? { preset: options.preset } : {};
        const group = way === 'flat' ? 'none' : 'family';
        const result = match(caseBase, { text: line.measure, limit: candidates, runs: 0, group, ...preset });
        if (!result.ok)
          throw new Error(`${surveyFile} ${line.id}: ${result.problems.map((p) => p.message).join('; ')}`);
        // By family, a shown result stands for its members too: its rank is theirs.
        const ranking = result.response.results.map((r) =>
          way === 'family'
            ? ([r.id, ...r.family.members.map((m) => m.id)].find((id) => expected.includes(id)) ?? r.id)
            : r.id,
        );
        const first = firstHit(expected, ranking);
        n++;
        if (first <= 5) hit5++;
        if (first <= 10) hit10++;
        if (Number.isFinite(first)) reciprocal += 1 / first;
        // Line by line only for the development half: the test half is not to be tuned on.
        if (options.verbose && split === 'dev' && way === 'flat') {
          const rank = String(Number.isFinite(first) ? first : '–').padStart(3);
          console.log(`  ${rank}  ${expected.join(', ')}  ← ${line.id}`);
        }
      }
      const share = (k: number) => (n === 0 ? 0 : k / n);
      return { split, way, n, skipped, hit5: share(hit5), hit10: share(hit10), mrr: share(reciprocal) };
    });
}

const percent = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`);

/** Prints the survey's coverage and findability; called from scripts/eval.ts. */
export function reportSurvey(
  caseBase: CompiledCaseBase,
  options: { preset?: string; firstHit?: FirstHit; verbose?: boolean } = {},
) {
  const lines = readSurvey();
  const c = surveyCoverage(lines, caseBase);
  console.log(
    `${surveyFile}: ${lines.length} analogies, ${c.named} distinct precedents named` + ` (${c.mentions} mentions)`,
  );
  console.log(
    `  coverage  overall ${c.present}/${c.named} = ${percent(c.present, c.named)}` +
      `  in scope ${c.inScopePresent}/${c.inScopeNamed} = ${percent(c.inScopePresent, c.inScopeNamed)}` +
      `  (mentions ${c.mentionsPresent}/${c.mentions} = ${percent(c.mentionsPresent, c.mentions)})`,
  );
  if (c.missing.length > 0) {
    const missing = c.missing.map((m) => `${m.id ?? `"${m.name}"`}${m.lines > 1 ? ` ×${m.lines}` : ''}`);
    console.log(`  in scope, not in the case-base: ${missing.join(', ')}`);
  }
  const models = caseBase.outOfScope ?? [];
  const outLines = lines.filter((l) => l.precedents.some((p) => !p.inScope && p.id));
  const recognised = outLines.filter((l) => {
    const found = new Set(findOutOfScopeModels(`${l.measure} ${l.passage}`, models).map((m) => m.id));
    return l.precedents.every((p) => p.inScope || !p.id || found.has(p.id));
  });
  if (outLines.length > 0)
    console.log(`  out-of-scope models recognised in the line's own words: ${recognised.length}/${outLines.length}`);
  for (const f of surveyFindability(lines, caseBase, options))
    console.log(
      `  ${f.split.padEnd(4)} ${f.way === 'flat' ? '(flat)     ' : '(by family)'} n=${f.n} (skipped ${f.skipped}: none present)` +
        `  hit@5=${f.hit5.toFixed(2)}  hit@10=${f.hit10.toFixed(2)}  MRR=${f.mrr.toFixed(3)}`,
    );
}
