/**
 * Permalinks to comparisons: a URL (`/compare?…`) that pins the whole query — measure, text or features,
 * weights or preset, seed and options — together with the dataset and engine versions it was computed on.
 * Opening it recomputes the ranking; the versions tell whether that is still the pinned result.
 *
 * The parameters are short and readable (`m=ai-crisis-hotline&p=function&s=1&v=…&e=1.0.0&d=2026-12-06`); features and
 * weights are JSON with sorted keys, so one query has exactly one permalink.
 */
import { isCalendarDate } from './calendar-date.ts';
import { canonicalJson } from './canonical-json.ts';
import { isLang, languages, type Lang } from './i18n/lang.ts';
import type { Release } from './schema.ts';
import {
  matchDefaults,
  matchParamsSchema,
  type MatchRequest,
  type PermalinkChange,
  type PermalinkStatus,
} from './match/contract.ts';
import { describeIssues } from './problem.ts';
import { quoteInput } from './quote-input.ts';

export type { PermalinkChange, PermalinkStatus };

/** A permalink pins exactly the match request (the same fields and names as the match API's body). */
export type PermalinkQuery = MatchRequest;

export interface Permalink {
  query: PermalinkQuery;
  datasetVersion: string;
  engineVersion: string;
  /**
   * The day the permalink was made (YYYY-MM-DD, UTC): its citation's date. Part of the permalink (and
   * of its id). Permalinks made before they carried it have none, and their citations say "n.d.".
   */
  created?: string;
  /**
   * The language of its sentences, when not English: part of the permalink (and of its id), since a Chinese
   * reader's link must open in Chinese and its bytes differ from the English answer.
   */
  lang?: Exclude<Lang, 'en'>;
}

export interface PermalinkProblem {
  /** The URL parameter at fault. */
  param: string;
  message: string;
}

export const permalinkPath = '/compare';

/** Why a query whose words were not understood at all cannot be pinned: it has no ranking to pin. */
export const unpinnable = {
  path: ['text'],
  message:
    'nothing in these words matched the codebook or the records, so there is no ranking to pin; describe the measure further',
};
/** The robustness check's default seed; a permalink always writes its seed, so a later default cannot change it. */
export const permalinkDefaultSeed = matchDefaults.seed;

/** URL parameter of each query field, in the order they are written. */
export const permalinkParams = {
  measure: 'm',
  text: 'q',
  features: 'f',
  weights: 'w',
  preset: 'p',
  limit: 'n',
  seed: 's',
  runs: 'r',
  textWeight: 't',
  includeMeasures: 'x',
  group: 'g',
  era: 'y',
  from: 'y0',
  to: 'y1',
  contemporary: 'c',
  datasetVersion: 'v',
  engineVersion: 'e',
  created: 'd',
  lang: 'lang',
} as const;

type QueryField = keyof PermalinkQuery;
/** The query's fields, in the order their parameters are written. */
const queryFields: QueryField[] = [
  'measure',
  'text',
  'features',
  'weights',
  'preset',
  'limit',
  'seed',
  'runs',
  'textWeight',
  'includeMeasures',
  'group',
  'era',
  'from',
  'to',
  'contemporary',
];

const datasetVersionPattern = /^[0-9a-f]{12}$/;
const engineVersionPattern = /^\d+\.\d+\.\d+$/;

/** The permalink's query string (without `?`), canonical: the same query and versions give the same string. */
export function permalinkSearch(permalink: Permalink): string {
  const { query } = permalink;
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) params.set(key, value);
  };
  const p = permalinkParams;
  set(p.measure, query.measure);
  set(p.text, query.text);
  set(
    p.features,
    query.features !== undefined && Object.keys(query.features).length > 0 ? canonicalJson(query.features) : undefined,
  );
  set(
    p.weights,
    query.weights !== undefined && Object.keys(query.weights).length > 0 ? canonicalJson(query.weights) : undefined,
  );
  set(p.preset, query.preset);
  set(p.limit, query.limit?.toString());
  set(p.seed, String(query.seed ?? permalinkDefaultSeed));
  set(p.runs, query.runs?.toString());
  set(p.textWeight, query.textWeight?.toString());
  set(p.includeMeasures, query.includeMeasures ? '1' : undefined);
  set(p.group, query.group);
  set(p.era, query.era);
  set(p.from, query.from?.toString());
  set(p.to, query.to?.toString());
  set(p.contemporary, query.contemporary?.toString());
  set(p.datasetVersion, permalink.datasetVersion);
  set(p.engineVersion, permalink.engineVersion);
  set(p.created, permalink.created);
  set(p.lang, permalink.lang);
  return params.toString();
}

/** The workbench's address in the permalink's language (/compare, or /zh/compare for Chinese). */
export function permalinkHref(permalink: Permalink): string {
  return `${permalink.lang === 'zh' ? '/zh' : ''}${permalinkPath}?${permalinkSearch(permalink)}`;
}

/** A short, stable id of a permalink (FNV-1a, 64 bits, first 12 hex digits): for citation keys and labels, not security. */
export function permalinkId(permalink: Permalink): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(permalinkSearch(permalink))) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12);
}

function jsonObject(raw: string): unknown {
  try {
    const value: unknown = JSON.parse(raw);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  return jsonProblem;
}
const jsonProblem = Symbol('not a JSON object');

/**
 * Reads a permalink's parameters against the comparison's contract (src/domain/match/contract.ts), each
 * problem named by its URL parameter. Only the shape is checked here; whether the measure, features,
 * preset and weights exist is the engine's to say, against the dataset that is served.
 */
export function parsePermalink(
  search: URLSearchParams | string,
): { ok: true; permalink: Permalink } | { ok: false; problems: PermalinkProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  const p = permalinkParams;
  const problems: PermalinkProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const field of queryFields) {
    const value = params.get(p[field]) ?? undefined;
    if (value === undefined) continue;
    if (field === 'features' || field === 'weights') {
      const object = jsonObject(value);
      if (object === jsonProblem) problems.push({ param: p[field], message: 'expected a JSON object' });
      else raw[field] = object;
    } else raw[field] = value;
  }
  raw.seed ??= String(permalinkDefaultSeed);
  const parsed = matchParamsSchema.safeParse(raw);
  if (!parsed.success)
    for (const problem of describeIssues(parsed.error, raw)) {
      const [field, ...rest] = problem.path;
      problems.push({
        param: p[field as QueryField] ?? String(field),
        message: rest.length > 0 ? `${rest.map(String).join('/')}: ${problem.message}` : problem.message,
      });
    }
  const query: PermalinkQuery = parsed.success ? { ...parsed.data } : {};
  // The text as written (the schema trims it only to check it is not blank), so the URL reads back unchanged.
  if (query.text !== undefined) query.text = raw.text as string;
  if (query.includeMeasures === false) delete query.includeMeasures;
  const given = (field: QueryField) => params.has(p[field]);
  if (!given('measure') && !given('text') && !given('features'))
    problems.push({
      param: p.measure,
      message: `give at least one of ${p.measure} (a measure id), ${p.text} (text) or ${p.features} (features)`,
    });

  const datasetVersion = params.get(p.datasetVersion) ?? undefined;
  if (datasetVersion === undefined || !datasetVersionPattern.test(datasetVersion))
    problems.push({
      param: p.datasetVersion,
      message: 'the pinned dataset version is required: 12 hexadecimal digits',
    });
  const engineVersion = params.get(p.engineVersion) ?? undefined;
  if (engineVersion === undefined || !engineVersionPattern.test(engineVersion))
    problems.push({ param: p.engineVersion, message: 'the pinned engine version is required, e.g. 1.0.0' });

  const created = params.get(p.created) ?? undefined;
  if (created !== undefined && !isCalendarDate(created))
    problems.push({
      param: p.created,
      message: `the day the permalink was made, written YYYY-MM-DD; got ${quoteInput(created)}`,
    });

  const lang = params.get(p.lang) ?? undefined;
  if (lang !== undefined && !isLang(lang))
    problems.push({ param: p.lang, message: `expected one of ${languages.join(', ')}; got ${quoteInput(lang)}` });

  if (problems.length > 0) return { ok: false, problems };
  for (const key of Object.keys(query) as (keyof PermalinkQuery)[]) if (query[key] === undefined) delete query[key];
  return {
    ok: true,
    permalink: {
      query,
      datasetVersion: datasetVersion!,
      engineVersion: engineVersion!,
      ...(created !== undefined ? { created } : {}),
      ...(lang === 'zh' ? { lang } : {}),
    },
  };
}

/** Compares a permalink's pinned versions with the ones served and says, in plain words, what that means. */
export function permalinkStatus(
  permalink: Permalink,
  current: { datasetVersion: string; engineVersion: string },
  releases: readonly Release[] = [],
): PermalinkStatus {
  const pinned = { datasetVersion: permalink.datasetVersion, engineVersion: permalink.engineVersion };
  const release = releases.find((r) => r.datasetVersion === pinned.datasetVersion);
  const pinnedRelease = release
    ? {
        name: release.name,
        notes: `/releases#release-${release.name}`,
        changes: `/api/v1/releases/changes?since=${release.name}`,
      }
    : undefined;
  const changes: PermalinkChange[] = [];
  if (pinned.datasetVersion !== current.datasetVersion) changes.push('dataset');
  if (pinned.engineVersion !== current.engineVersion) changes.push('engine');
  const what = [
    ...(changes.includes('dataset')
      ? [`dataset version ${pinned.datasetVersion} (dataset version ${current.datasetVersion} is served here)`]
      : []),
    ...(changes.includes('engine')
      ? [`engine version ${pinned.engineVersion} (engine version ${current.engineVersion} runs here)`]
      : []),
  ];
  const message =
    changes.length === 0
      ? `Reproduced: this permalink pins dataset version ${pinned.datasetVersion} and engine version ${pinned.engineVersion}, the versions served here, so the ranking is the pinned result, byte for byte.`
      : `Not the pinned result: this permalink was made on ${what.join(' and ')}. ` +
        `${changes.includes('dataset') ? 'The case-base has changed since' : 'The engine has changed since'}, and this site computes only its current version, ` +
        'so the ranking shown is the current result for the same query. The pinned ranking can be recomputed from the case-base and engine at the pinned versions with the command-line tool (README, "Citing").' +
        (changes.includes('dataset')
          ? pinnedRelease
            ? ` The pinned dataset is release ${pinnedRelease.name}; what changed since — records added or retired, facts corrected, with their sources — is listed in the release notes at /releases.`
            : ' The pinned dataset version is not a named release; the release notes at /releases list what changed between releases.'
          : '');
  return {
    reproduced: changes.length === 0,
    changes,
    pinned,
    current,
    ...(pinnedRelease ? { pinnedRelease } : {}),
    message,
  };
}
