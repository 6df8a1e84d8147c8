/**
 * `npm run eval`: how well the engine finds the precedents that published work names. For each query
 * (free text) the expected case ids are looked up in the full ranking; we report hit@5, hit@10 and the
 * mean reciprocal rank of the first expected id, per set, flat and by lineage family (see firstRanks).
 * Former ids resolve to current ones.
 *
 *   eval/dev-analogies.jsonl         the shared development set
 *   eval/literature-analogies.jsonl  a second set built by the project from the published literature
 *   eval/zh-queries.jsonl            the two sets above in Chinese, written fresh (same expected ids)
 *   eval/literature-precedents.jsonl the survey: coverage of the precedents it names, and its hit@5 (scripts/eval-survey.ts)
 *   eval/paraphrase-probes.jsonl     precedents described in plain words, without their names or the codebook's
 *                                    terms: a check on the free-text reader, not a sample of the literature
 */
import { readFileSync } from 'node:fs';
import { formatCaseFileError } from '../src/casebase/case-file.ts';
import { loadCaseBase } from '../src/casebase/read-cases.ts';
import { match } from '../src/domain/match/match.ts';
import { reportSurvey } from './eval-survey.ts';

interface Analogy {
  query: string;
  expected: string[];
  source: string;
}

const verbose = process.argv.includes('--verbose');
const preset = process.argv.find((a) => a.startsWith('--preset='))?.slice('--preset='.length);
const loaded = loadCaseBase(process.env.PRECEDENTS_CASES ?? 'cases');
if (!loaded.ok) {
  console.error(loaded.errors.map(formatCaseFileError).join('\n'));
  process.exit(1);
}
const { caseBase } = loaded;
const current = new Map<string, string>();
for (const r of caseBase.records) {
  current.set(r.id, r.id);
  if ('aliases' in r) for (const a of r.aliases) current.set(a, r.id);
}
const candidates = caseBase.records.filter((r) => r.kind === 'mechanism').length;

/**
 * Rank of the first expected id, two ways. Flat (`group=none`): its place among all mechanisms. By family
 * (the default ranking): the rank of the first shown result whose family contains an expected id — a hit
 * counts when an expected id heads a shown family or is a member of one, since the reader sees it there.
 */
function firstRanks(query: string, expected: readonly string[]): { flat: number; family: number } {
  const want = new Set(expected);
  const ask = (group: 'none' | 'family') => {
    const result = match(caseBase, { text: query, limit: candidates, runs: 0, group, ...(preset ? { preset } : {}) });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    return result.response.results;
  };
  const first = (results: ReturnType<typeof ask>, hit: (r: (typeof results)[number]) => boolean) => {
    const at = results.findIndex(hit);
    return at < 0 ? Infinity : at + 1;
  };
  return {
    flat: first(ask('none'), (r) => want.has(r.id)),
    family: first(ask('family'), (r) => want.has(r.id) || r.family.members.some((m) => want.has(m.id))),
  };
}

function evaluate(file: string) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const tally = { flat: { hit5: 0, hit10: 0, reciprocal: 0 }, family: { hit5: 0, hit10: 0, reciprocal: 0 } };
  const missing = new Set<string>();
  for (const line of lines) {
    const analogy = JSON.parse(line) as Analogy;
    const expected = analogy.expected.map((id) => current.get(id) ?? (missing.add(id), id));
    const ranks = firstRanks(analogy.query, expected);
    for (const way of ['flat', 'family'] as const) {
      const first = ranks[way];
      if (first <= 5) tally[way].hit5++;
      if (first <= 10) tally[way].hit10++;
      if (Number.isFinite(first)) tally[way].reciprocal += 1 / first;
    }
    if (verbose) {
      const show = (x: number) => String(Number.isFinite(x) ? x : '–').padStart(3);
      console.log(`  flat ${show(ranks.flat)}  family ${show(ranks.family)}  ${expected.join(', ')}`);
    }
  }
  const n = lines.length;
  for (const way of ['flat', 'family'] as const) {
    const t = tally[way];
    console.log(
      `${file} (${way === 'flat' ? 'flat' : 'by family'}): n=${n}  hit@5=${(t.hit5 / n).toFixed(2)}  hit@10=${(t.hit10 / n).toFixed(2)}  ` +
        `MRR=${(t.reciprocal / n).toFixed(3)}`,
    );
  }
  if (missing.size > 0) console.log(`  expected ids not in the case-base: ${[...missing].join(', ')}`);
}

console.log(`dataset ${caseBase.datasetVersion} · ${candidates} mechanisms${preset ? ` · preset ${preset}` : ''}`);
evaluate('eval/dev-analogies.jsonl');
evaluate('eval/literature-analogies.jsonl');
evaluate('eval/zh-queries.jsonl');
evaluate('eval/paraphrase-probes.jsonl');
reportSurvey(caseBase, { ...(preset ? { preset } : {}), verbose });
