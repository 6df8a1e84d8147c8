import { parseArgs } from 'node:util';
import { isCalendarDate, utcDay } from '../domain/calendar-date.ts';
import { engineVersion } from '../domain/engine-version.ts';
import { matchRequestSchema, type MatchResponse } from '../domain/match/contract.ts';
import { match } from '../domain/match/match.ts';
import {
  permalinkDefaultSeed,
  permalinkHref,
  permalinkStatus,
  unpinnable,
  type Permalink,
  type PermalinkQuery,
} from '../domain/permalink.ts';
import { describeIssues, describeProblem } from '../domain/problem.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import { withVerdicts } from '../domain/verdicts.ts';
import { permalinkOption, siteOption } from './cite.ts';
import { CliError, loadOrExplain, oneOf, type CommandResult } from './command.ts';
import { numeric, queryOptions, querySettings } from './query-options.ts';

function compute(
  caseBase: CompiledCaseBase,
  query: PermalinkQuery,
  where: string,
): MatchResponse & { verdicts: unknown[] } {
  const result = match(caseBase, query);
  if (!result.ok) throw new CliError(`${where}: ${result.problems.map(describeProblem).join('; ')}`);
  return withVerdicts(caseBase, result.response);
}

function table(title: string, response: MatchResponse): string {
  const lines = [
    `${title} — dataset ${response.datasetVersion} · engine ${response.engineVersion}`,
    'rank  score   id',
  ];
  for (const r of response.results) lines.push(`${String(r.rank).padStart(4)}  ${r.score.toFixed(3)}  ${r.id}`);
  return lines.join('\n');
}

/**
 * `permalink URL [--cases DIR] [--pinned-cases DIR] [--format table|json]` opens a permalink: the ranking on
 * the case-base in --cases, and whether that is the pinned result. --pinned-cases names a case-base folder
 * at the pinned dataset version (e.g. a `git worktree` of an older commit); when its version and the
 * engine's match the permalink, the pinned ranking is computed there and shown beside the current one.
 *
 * `permalink --make (--measure ID | --text "…" | --features JSON) [--weights JSON] [--preset P] [--seed S]
 * [--limit N] [--runs R] [--text-weight W] [--include-measures] [--group family|none] [--era E] [--from Y] [--to Y]
 * [--contemporary N] [--site URL] [--date YYYY-MM-DD]` prints a new permalink, dated today (UTC) or --date. A query whose words were not understood at all has
 * no ranking, and so no permalink.
 */
export function runPermalink(args: string[]): CommandResult {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...queryOptions,
      make: { type: 'boolean', default: false },
      features: { type: 'string' },
      weights: { type: 'string' },
      'text-weight': { type: 'string' },
      'include-measures': { type: 'boolean', default: false },
      site: { type: 'string' },
      date: { type: 'string' },
      cases: { type: 'string', default: 'cases' },
      'pinned-cases': { type: 'string' },
      format: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });

  if (values.make) {
    if (positionals.length > 0) throw new CliError('--make takes the query as options, not a URL');
    const json = (text: string | undefined, option: string) => {
      if (text === undefined) return undefined;
      try {
        const value: unknown = JSON.parse(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, never>;
      } catch {
        // reported below
      }
      throw new CliError(`${option} must be a JSON object`);
    };
    // A permalink is opened by the site, so it keeps the API's bounds, not the command line's larger ones.
    const settings = querySettings(values);
    const raw = {
      measure: values.measure,
      text: values.text,
      features: json(values.features, '--features'),
      weights: json(values.weights, '--weights'),
      ...settings,
      seed: settings.seed ?? permalinkDefaultSeed,
      textWeight: numeric(values['text-weight']),
      includeMeasures: values['include-measures'] ? true : undefined,
    };
    const checked = matchRequestSchema.safeParse(raw);
    if (!checked.success)
      throw new CliError(
        describeIssues(checked.error, raw)
          .map((p) => `--${describeProblem(p)}`)
          .join('; '),
      );
    const query: PermalinkQuery = Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
    const caseBase = loadOrExplain(values.cases);
    const computed = compute(caseBase, query, 'this query does not compute');
    if (computed.query.understanding.level === 'none')
      throw new CliError(`${unpinnable.path.join('.')}: ${unpinnable.message}`);
    const { site, defaulted } = siteOption(values.site);
    // Dated by the day it is made (or --date, to make the same permalink again): the date its citation gives.
    const created = values.date ?? utcDay(new Date());
    if (!isCalendarDate(created)) throw new CliError(`--date must be a date written YYYY-MM-DD; got "${created}"`);
    const permalink: Permalink = { query, datasetVersion: caseBase.datasetVersion, engineVersion, created };
    return {
      stdout: `${site}${permalinkHref(permalink)}`,
      ...(defaulted ? { stderr: `note: the permalink points at ${site}; pass --site URL for the public address` } : {}),
      exitCode: 0,
    };
  }

  if (positionals.length !== 1)
    throw new CliError('give one permalink (a URL, /compare?… or its query string), or --make with a query');
  const format = oneOf(values.format, ['table', 'json'] as const, '--format', 'table');
  const permalink = permalinkOption(positionals[0]);
  const caseBase = loadOrExplain(values.cases);
  const status = permalinkStatus(
    permalink,
    { datasetVersion: caseBase.datasetVersion, engineVersion },
    caseBase.releases,
  );
  const current = compute(
    caseBase,
    permalink.query,
    `the permalink does not compute on dataset ${caseBase.datasetVersion}`,
  );

  let pinned: ReturnType<typeof compute> | undefined;
  let pinnedNote: string | undefined;
  if (values['pinned-cases'] !== undefined && !status.reproduced) {
    const old = loadOrExplain(values['pinned-cases']);
    if (old.datasetVersion !== permalink.datasetVersion)
      pinnedNote = `${values['pinned-cases']} holds dataset ${old.datasetVersion}, not the pinned ${permalink.datasetVersion}; the pinned ranking was not computed.`;
    else if (engineVersion !== permalink.engineVersion)
      pinnedNote = `this engine is version ${engineVersion}, not the pinned ${permalink.engineVersion}; run this command from a checkout at the pinned engine version.`;
    else pinned = compute(old, permalink.query, `the permalink does not compute on ${values['pinned-cases']}`);
  }

  if (format === 'json')
    return {
      stdout: JSON.stringify(
        { status, result: current, ...(pinned ? { pinnedResult: pinned } : {}), ...(pinnedNote ? { pinnedNote } : {}) },
        null,
        2,
      ),
      exitCode: 0,
    };
  const parts = [status.message, '', table(status.reproduced ? 'Pinned result' : 'Current result', current)];
  if (pinned) parts.push('', table('Pinned result', pinned));
  if (pinnedNote) parts.push('', pinnedNote);
  return { stdout: parts.join('\n'), exitCode: 0 };
}
