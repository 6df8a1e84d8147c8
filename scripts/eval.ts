/**
 * `npm run eval`: how well the engine finds the precedents that published work names. For each query
 * (free text) the expected case ids are looked up in the full ranking; we report hit@5, hit@10 and the
 * mean reciprocal rank of the first expected id, per set. Former ids resolve to current ones.
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

function evaluate(file: string) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  let hit5 = 0;
  let hit10 = 0;
  let reciprocal = 0;
  const missing = new Set<string>();
  for (const line of lines) {
    const analogy = JSON.parse(line) as Analogy;
    const expected = analogy.expected.map((id) => current.get(id) ?? (missing.add(id), id));
    const result = match(caseBase, { text: analogy.query, limit: candidates, runs: 0, ...(preset ? { preset } : {}) });
    if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
    const ranks = result.response.results.map((r) => r.id);
    const first = Math.min(...expected.map((id) => ranks.indexOf(id)).filter((i) => i >= 0).map((i) => i + 1));
    if (first <= 5) hit5++;
    if (first <= 10) hit10++;
    if (Number.isFinite(first)) reciprocal += 1 / first;
    if (verbose) console.log(`  ${String(Number.isFinite(first) ? first : '–').padStart(3)}  ${expected.join(', ')}  ← top: ${ranks.slice(0, 3).join(', ')}`);
  }
  const n = lines.length;
  console.log(`${file}: n=${n}  hit@5=${(hit5 / n).toFixed(2)}  hit@10=${(hit10 / n).toFixed(2)}  MRR=${(reciprocal / n).toFixed(3)}`);
  if (missing.size > 0) console.log(`  expected ids not in the case-base: ${[...missing].join(', ')}`);
}

console.log(`dataset ${caseBase.datasetVersion} · ${candidates} mechanisms${preset ? ` · preset ${preset}` : ''}`);
evaluate('eval/dev-analogies.jsonl');
evaluate('eval/literature-analogies.jsonl');
evaluate('eval/zh-queries.jsonl');
evaluate('eval/paraphrase-probes.jsonl');
reportSurvey(caseBase, { ...(preset ? { preset } : {}), verbose });
