/**
 * Permalinks to comparisons: a URL (`/compare?…`) that pins the whole query — measure, text or features,
 * weights or preset, seed and options — together with the dataset and engine versions it was computed on.
 * Opening it recomputes the ranking; the versions tell whether that is still the pinned result.
 *
 * The parameters are short and readable (`m=ai-crisis-hotline&p=function&s=1&v=…&e=1.0.0`); features and
 * weights are JSON with sorted keys, so one query has exactly one permalink.
 */
import { canonicalJson } from './canonical-json.ts';
import { quoteInput } from './quote-input.ts';
import type { MatchRequest } from './match/match.ts';
import { recordIdPattern } from './record-id.ts';

/** A permalink pins exactly the match request (the same fields and names as the match API's body). */
export type PermalinkQuery = MatchRequest;

export interface Permalink {
  query: PermalinkQuery;
  datasetVersion: string;
  engineVersion: string;
}

export interface PermalinkProblem {
  /** The URL parameter at fault. */
  param: string;
  message: string;
}

export const permalinkPath = '/compare';
/** The robustness check's default seed; a permalink always writes its seed, so a later default cannot change it. */
export const permalinkDefaultSeed = 1;

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
  datasetVersion: 'v',
  engineVersion: 'e',
} as const;

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
  set(p.features, query.features !== undefined && Object.keys(query.features).length > 0 ? canonicalJson(query.features) : undefined);
  set(p.weights, query.weights !== undefined && Object.keys(query.weights).length > 0 ? canonicalJson(query.weights) : undefined);
  set(p.preset, query.preset);
  set(p.limit, query.limit?.toString());
  set(p.seed, String(query.seed ?? permalinkDefaultSeed));
  set(p.runs, query.runs?.toString());
  set(p.textWeight, query.textWeight?.toString());
  set(p.includeMeasures, query.includeMeasures ? '1' : undefined);
  set(p.datasetVersion, permalink.datasetVersion);
  set(p.engineVersion, permalink.engineVersion);
  return params.toString();
}

export function permalinkHref(permalink: Permalink): string {
  return `${permalinkPath}?${permalinkSearch(permalink)}`;
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

function integer(raw: string, param: string, min: number, max: number, problems: PermalinkProblem[]): number | undefined {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    problems.push({ param, message: `expected a whole number from ${min} to ${max}; got ${quoteInput(raw)}` });
    return undefined;
  }
  return n;
}

function jsonObject(raw: string, param: string, problems: PermalinkProblem[]): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  problems.push({ param, message: 'expected a JSON object' });
  return undefined;
}

/**
 * Reads a permalink's parameters. Only the shape is checked here; whether the measure, features, preset
 * and weights exist is the engine's to say, against the dataset that is served.
 */
export function parsePermalink(search: URLSearchParams | string): { ok: true; permalink: Permalink } | { ok: false; problems: PermalinkProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  const p = permalinkParams;
  const problems: PermalinkProblem[] = [];
  const get = (key: string) => params.get(key) ?? undefined;
  const query: PermalinkQuery = {};

  const measure = get(p.measure);
  if (measure !== undefined) {
    if (recordIdPattern.test(measure)) query.measure = measure;
    else problems.push({ param: p.measure, message: 'must be a record id (kebab-case)' });
  }
  const text = get(p.text);
  if (text !== undefined) {
    if (text.trim().length > 0 && text.length <= 2000) query.text = text;
    else problems.push({ param: p.text, message: 'must be 1 to 2000 characters' });
  }
  const features = get(p.features);
  if (features !== undefined) {
    const object = jsonObject(features, p.features, problems);
    if (object) query.features = object;
  }
  const weights = get(p.weights);
  if (weights !== undefined) {
    const object = jsonObject(weights, p.weights, problems);
    if (object) {
      const bad = Object.entries(object).filter(([, w]) => typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100);
      if (bad.length > 0) problems.push({ param: p.weights, message: `weights must be numbers from 0 to 100; check ${bad.map(([k]) => k).join(', ')}` });
      else query.weights = object as Record<string, number>;
    }
  }
  const preset = get(p.preset);
  if (preset !== undefined) {
    if (preset.length > 0 && preset.length <= 64) query.preset = preset;
    else problems.push({ param: p.preset, message: 'must be 1 to 64 characters' });
  }
  const limit = get(p.limit);
  if (limit !== undefined) query.limit = integer(limit, p.limit, 1, 50, problems);
  const seed = get(p.seed);
  query.seed = seed !== undefined ? integer(seed, p.seed, 0, 4294967295, problems) : permalinkDefaultSeed;
  const runs = get(p.runs);
  if (runs !== undefined) query.runs = integer(runs, p.runs, 0, 1000, problems);
  const textWeight = get(p.textWeight);
  if (textWeight !== undefined) {
    const n = Number(textWeight);
    if (textWeight.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1) query.textWeight = n;
    else problems.push({ param: p.textWeight, message: `expected a number from 0 to 1; got ${quoteInput(textWeight)}` });
  }
  const include = get(p.includeMeasures);
  if (include !== undefined) {
    if (include === '1' || include === '0') query.includeMeasures = include === '1' ? true : undefined;
    else problems.push({ param: p.includeMeasures, message: 'must be 1 or 0' });
  }
  if (query.measure === undefined && query.text === undefined && query.features === undefined && !problems.some((x) => [p.measure, p.text, p.features].includes(x.param as never)))
    problems.push({ param: p.measure, message: `give at least one of ${p.measure} (a measure id), ${p.text} (text) or ${p.features} (features)` });

  const datasetVersion = get(p.datasetVersion);
  if (datasetVersion === undefined || !datasetVersionPattern.test(datasetVersion))
    problems.push({ param: p.datasetVersion, message: 'the pinned dataset version is required: 12 hexadecimal digits' });
  const engineVersion = get(p.engineVersion);
  if (engineVersion === undefined || !engineVersionPattern.test(engineVersion))
    problems.push({ param: p.engineVersion, message: 'the pinned engine version is required, e.g. 1.0.0' });

  if (problems.length > 0) return { ok: false, problems };
  for (const key of Object.keys(query) as (keyof PermalinkQuery)[]) if (query[key] === undefined) delete query[key];
  return { ok: true, permalink: { query, datasetVersion: datasetVersion!, engineVersion: engineVersion! } };
}

export type PermalinkChange = 'dataset' | 'engine';

export interface PermalinkStatus {
  /** True when the versions served are the pinned ones, so the result is the pinned result. */
  reproduced: boolean;
  changes: PermalinkChange[];
  pinned: { datasetVersion: string; engineVersion: string };
  current: { datasetVersion: string; engineVersion: string };
  /** One plain paragraph for the page and the API. */
  message: string;
}

/** Compares a permalink's pinned versions with the ones served and says, in plain words, what that means. */
export function permalinkStatus(permalink: Permalink, current: { datasetVersion: string; engineVersion: string }): PermalinkStatus {
  const pinned = { datasetVersion: permalink.datasetVersion, engineVersion: permalink.engineVersion };
  const changes: PermalinkChange[] = [];
  if (pinned.datasetVersion !== current.datasetVersion) changes.push('dataset');
  if (pinned.engineVersion !== current.engineVersion) changes.push('engine');
  const what = [
    ...(changes.includes('dataset') ? [`dataset version ${pinned.datasetVersion} (dataset version ${current.datasetVersion} is served here)`] : []),
    ...(changes.includes('engine') ? [`engine version ${pinned.engineVersion} (engine version ${current.engineVersion} runs here)`] : []),
  ];
  const message =
    changes.length === 0
      ? `Reproduced: this permalink pins dataset version ${pinned.datasetVersion} and engine version ${pinned.engineVersion}, the versions served here, so the ranking is the pinned result, byte for byte.`
      : `Not the pinned result: this permalink was made on ${what.join(' and ')}. ` +
        `${changes.includes('dataset') ? 'The case-base has changed since' : 'The engine has changed since'}, and this site computes only its current version, ` +
        'so the ranking shown is the current result for the same query. The pinned ranking can be recomputed from the case-base and engine at the pinned versions with the command-line tool (README, "Citing").';
  return { reproduced: changes.length === 0, changes, pinned, current, message };
}
