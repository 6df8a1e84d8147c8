import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  cliBounds,
  matchRequestSchemaFor,
  type Explanation,
  type MatchRequest,
  type MatchResponse,
} from '../domain/match/contract.ts';
import { match } from '../domain/match/match.ts';
import { rankingCsv as csv } from '../domain/match/ranking-csv.ts';
import { whereItRanks } from '../domain/match/where-it-ranks.ts';
import { describeIssues, describeProblem, jsonPointer, type Problem } from '../domain/problem.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import { CliError, loadOrExplain, oneOf, type CommandResult } from './command.ts';
import { queryOptions, querySettings } from './query-options.ts';

const requestSchema = matchRequestSchemaFor(cliBounds);

/** A request checked against the contract (with the command line's bounds), or its problems. */
function validate(raw: unknown): { ok: true; request: MatchRequest } | { ok: false; problems: Problem[] } {
  const parsed = requestSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, request: parsed.data }
    : { ok: false, problems: describeIssues(parsed.error, raw) };
}

const percent = (x: number) => `${Math.round(x * 100)} %`;

function rows(results: MatchResponse['results']): string[] {
  const lines = ['rank  score   cover  top-k  ranks   coded  ranks   id  (+ family members)'];
  for (const r of results) {
    const w = r.robustness;
    const c = w.coding;
    const family = r.family.members.length > 0 ? `  (+ ${r.family.members.map((m) => m.id).join(', ')})` : '';
    lines.push(
      `${String(r.rank).padStart(4)}  ${r.score.toFixed(3)}  ${r.coverage.toFixed(2)}   ${w.topK.toFixed(2)}   ` +
        `${`${w.rankMin}–${w.rankMax}`.padEnd(6)}  ${c.topK.toFixed(2)}   ${`${c.rankMin}–${c.rankMax}`.padEnd(6)}  ${r.id}${family}`,
    );
  }
  return lines;
}

function table(response: MatchResponse): string {
  const u = response.query.understanding;
  const lines = [`dataset ${response.datasetVersion} · engine ${response.engineVersion}`];
  if (response.query.text !== undefined)
    lines.push(
      `understanding: ${u.level} (coverage ${percent(u.coverage)})${u.unrecognised.length > 0 ? `; not understood: ${u.unrecognised.join(', ')}` : ''}`,
    );
  if (response.notice) lines.push(`notice: ${response.notice}`);
  if (u.level === 'none') {
    lines.push('', 'no ranking: nothing in the words was understood.');
    return lines.join('\n');
  }
  lines.push('', 'precedents', ...rows(response.results));
  if (response.contemporary.length > 0)
    lines.push('', 'already under way (AI-domain records, not precedents)', ...rows(response.contemporary));
  return lines.join('\n');
}

function whyTable(e: Explanation): string {
  const lines = [`dataset ${e.datasetVersion} · engine ${e.engineVersion}`, `${e.candidate.id} — ${e.candidate.name}`];
  lines.push(
    e.rank === null
      ? `not ranked (${e.lane})`
      : `rank ${e.rank} in the ${e.lane === 'contemporary' ? 'contemporary lane' : 'precedents'}, score ${e.score.toFixed(3)}` +
          (e.cutoff
            ? `; last shown: rank ${e.cutoff.rank}, ${e.cutoff.id}, score ${e.cutoff.score.toFixed(3)}; gap ${e.gap.toFixed(3)}`
            : ''),
  );
  for (const note of e.notes) lines.push(`- ${note}`);
  lines.push('', 'feature                    sim    weight  points  vs cutoff');
  for (const f of e.features)
    lines.push(
      `${f.feature.padEnd(25)}  ${f.similarity === null ? '  –  ' : f.similarity.toFixed(2).padStart(5)}  ${String(f.weight).padStart(6)}  ` +
        `${f.contribution.toFixed(3)}   ${f.versusCutoff >= 0 ? '+' : ''}${f.versusCutoff.toFixed(3)}`,
    );
  return lines.join('\n');
}

function run(
  caseBase: CompiledCaseBase,
  request: MatchRequest,
): { ok: true; response: MatchResponse } | { ok: false; problems: Problem[] } {
  return match(caseBase, request);
}

/**
 * One query a line (`{"text": …}` or `{"measure": …}`, plus any match option), one answer a line, in
 * order. Each line is checked against the contract on its own: a bad line is answered with
 * `{"line": N, "problems": [{"pointer", "detail"}]}` (and the same on stderr), the others are ranked,
 * and the exit code is 1 when any line was refused.
 */
function batch(caseBase: CompiledCaseBase, file: string, defaults: Record<string, unknown>): CommandResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  const out: string[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let query: unknown;
    try {
      query = JSON.parse(line);
    } catch {
      query = undefined;
    }
    const refuse = (problems: Problem[]) => {
      out.push(
        JSON.stringify({
          line: i + 1,
          problems: problems.map((p) => ({ pointer: jsonPointer(p.path), detail: p.message })),
        }),
      );
      errors.push(`${file}:${i + 1}: ${problems.map(describeProblem).join('; ')}`);
    };
    if (typeof query !== 'object' || query === null || Array.isArray(query))
      return refuse([{ path: [], message: 'not a JSON object' }]);
    const checked = validate({ ...defaults, ...query });
    if (!checked.ok) return refuse(checked.problems);
    const result = run(caseBase, checked.request);
    if (!result.ok) return refuse(result.problems);
    out.push(JSON.stringify(result.response));
  });
  return {
    stdout: out.join('\n'),
    ...(errors.length > 0 ? { stderr: errors.join('\n') } : {}),
    exitCode: errors.length > 0 ? 1 : 0,
  };
}

/**
 * `match --text "…" | --measure ID | --batch FILE.jsonl [--preset P] [--limit N] [--seed S] [--runs R]
 * [--group family|none] [--era E] [--from Y] [--to Y] [--contemporary N] [--why ID] [--format json|table|csv|jsonl]`.
 * A query whose words were not understood at all gets no ranking, says so, and exits 0: it is an answer.
 */
export function runMatch(args: string[]): CommandResult {
  const { values } = parseArgs({
    args,
    options: {
      ...queryOptions,
      batch: { type: 'string' },
      why: { type: 'string' },
      format: { type: 'string' },
      cases: { type: 'string', default: 'cases' },
    },
    strict: true,
  });
  const options: Record<string, unknown> = Object.fromEntries(
    Object.entries(querySettings(values)).filter(([, v]) => v !== undefined),
  );
  if (values.batch !== undefined) {
    oneOf(values.format, ['jsonl'] as const, '--format', 'jsonl');
    if (values.text !== undefined || values.measure !== undefined)
      throw new CliError('--batch takes its queries from the file; drop --text and --measure');
    const checked = validate(options);
    if (!checked.ok) throw new CliError(checked.problems.map((p) => `--${describeProblem(p)}`).join('; '));
    return batch(loadOrExplain(values.cases), values.batch, options);
  }
  if (values.text === undefined && values.measure === undefined)
    throw new CliError('give --text "…", --measure ID or --batch FILE.jsonl');
  const format = oneOf(values.format, ['json', 'table', 'csv'] as const, '--format', 'table');
  const checked = validate({ ...options, text: values.text, measure: values.measure });
  if (!checked.ok) throw new CliError(checked.problems.map((p) => `--${describeProblem(p)}`).join('; '));
  if (values.why !== undefined) {
    const why = oneOf(values.format, ['json', 'table'] as const, '--format', 'table');
    const answer = whereItRanks(loadOrExplain(values.cases), checked.request, values.why);
    if (!answer.ok)
      throw new CliError(
        answer.problems.map((p) => (p.path[0] === 'candidate' ? `--why: ${p.message}` : describeProblem(p))).join('; '),
      );
    return {
      stdout: why === 'json' ? JSON.stringify(answer.explanation, null, 2) : whyTable(answer.explanation),
      exitCode: 0,
    };
  }
  const result = run(loadOrExplain(values.cases), checked.request);
  if (!result.ok) throw new CliError(result.problems.map(describeProblem).join('; '));
  const response = result.response;
  const stdout =
    format === 'json' ? JSON.stringify(response, null, 2) : format === 'csv' ? csv(response) : table(response);
  return { stdout, exitCode: 0 };
}
