import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { match, type MatchRequest, type MatchResponse } from '../domain/match/match.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import { CliError, loadOrExplain, oneOf, type CommandResult } from './command.ts';

const integer = (value: string | undefined, option: string, min: number, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${option} must be a whole number from ${min} to ${max}; got "${value}"`);
  return n;
};

function table(response: MatchResponse): string {
  const lines = [`dataset ${response.datasetVersion} · engine ${response.engineVersion}`, ''];
  lines.push('rank  score   cover  top-k  ranks   id');
  for (const r of response.results)
    lines.push(
      `${String(r.rank).padStart(4)}  ${r.score.toFixed(3)}  ${r.coverage.toFixed(2)}   ${r.robustness.topK.toFixed(2)}   ${`${r.robustness.rankMin}–${r.robustness.rankMax}`.padEnd(6)}  ${r.id}`,
    );
  return lines.join('\n');
}

function csv(response: MatchResponse): string {
  return Papa.unparse(
    {
      fields: ['rank', 'id', 'name', 'year', 'score', 'similarity', 'coverage', 'topK', 'rankMin', 'rankMax', 'shared', 'disanalogies', 'datasetVersion', 'engineVersion'],
      data: response.results.map((r) => [
        r.rank, r.id, r.name, r.year ?? '', r.score, r.similarity, r.coverage, r.robustness.topK, r.robustness.rankMin, r.robustness.rankMax,
        r.shared.map((p) => p.text).join(' | '), r.disanalogies.map((p) => p.text).join(' | '), response.datasetVersion, response.engineVersion,
      ]),
    },
    { newline: '\n' },
  );
}

function run(caseBase: CompiledCaseBase, request: MatchRequest, where: string): MatchResponse {
  const result = match(caseBase, request);
  if (!result.ok) throw new CliError(`${where}${result.problems.map((p) => `${p.path.join('.') || 'query'}: ${p.message}`).join('; ')}`);
  return result.response;
}

/** One query a line (`{"text": …}` or `{"measure": …}`, plus any match option), one result a line, in order. */
function batch(caseBase: CompiledCaseBase, file: string, defaults: MatchRequest): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let query: unknown;
    try {
      query = JSON.parse(line);
    } catch {
      throw new CliError(`${file}:${i + 1}: not a JSON object`);
    }
    if (typeof query !== 'object' || query === null || Array.isArray(query)) throw new CliError(`${file}:${i + 1}: not a JSON object`);
    out.push(JSON.stringify(run(caseBase, { ...defaults, ...(query as MatchRequest) }, `${file}:${i + 1}: `)));
  });
  return out.join('\n');
}

/** `match --text "…" | --measure ID | --batch FILE.jsonl [--preset P] [--limit N] [--seed S] [--format json|table|csv|jsonl]` */
export function runMatch(args: string[]): CommandResult {
  const { values } = parseArgs({
    args,
    options: {
      text: { type: 'string' },
      measure: { type: 'string' },
      batch: { type: 'string' },
      preset: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      format: { type: 'string' },
      cases: { type: 'string', default: 'cases' },
    },
    strict: true,
  });
  const options: MatchRequest = {
    ...(values.preset !== undefined ? { preset: values.preset } : {}),
    ...(values.limit !== undefined ? { limit: integer(values.limit, '--limit', 1, 200) } : {}),
    ...(values.seed !== undefined ? { seed: integer(values.seed, '--seed', 0, 4294967295) } : {}),
    ...(values.runs !== undefined ? { runs: integer(values.runs, '--runs', 0, 5000) } : {}),
  };
  if (values.batch !== undefined) {
    oneOf(values.format, ["jsonl"] as const, "--format", "jsonl");
    if (values.text !== undefined || values.measure !== undefined) throw new CliError('--batch takes its queries from the file; drop --text and --measure');
    return { stdout: batch(loadOrExplain(values.cases), values.batch, options), exitCode: 0 };
  }
  if (values.text === undefined && values.measure === undefined) throw new CliError('give --text "…", --measure ID or --batch FILE.jsonl');
  const format = oneOf(values.format, ['json', 'table', 'csv'] as const, '--format', 'table');
  const response = run(loadOrExplain(values.cases), { ...options, ...(values.text !== undefined ? { text: values.text } : {}), ...(values.measure !== undefined ? { measure: values.measure } : {}) }, '');
  const stdout = format === 'json' ? JSON.stringify(response, null, 2) : format === 'csv' ? csv(response) : table(response);
  return { stdout, exitCode: 0 };
}
