/**
 * The workbench's whole state, and its place in the address bar, so any view can be shared and
 * reopened: `/compare?measure=ai-incident-communication&preset=function&w.track=2&f.track=1.5&b=us-ussr-hotline-mou-1963`.
 * `w.<feature>` overrides a weight, `f.<feature>` a feature value (several values comma-separated),
 * `a` and `b` are the records shown side by side; `seed`, `runs`, `textWeight` and `includeMeasures=1`
 * are the engine's options, written only when set. Pure, so it is tested without a browser.
 *
 * A permalink (`/compare?m=…&s=1&v=…&e=…`, src/domain/permalink.ts) is the other address of the same
 * page: it pins a query to the dataset and engine versions. Its parameters never collide with these, so
 * the page tells one from the other by its keys alone.
 */
import type { Codebook, Feature } from '@domain/schema.ts';
import { matchBounds, matchDefaults, type Grouping } from '@domain/match/contract.ts';
import { permalinkDefaultSeed, permalinkParams, type Permalink, type PermalinkQuery } from '@domain/permalink.ts';

export type FeatureValue = string | string[] | boolean;

export interface WorkbenchState {
  measure?: string;
  text?: string;
  preset?: string;
  /** Weights the reader changed, over the preset's (or the codebook's). */
  weights: Record<string, number>;
  /** Feature values the reader set, over the measure's and the text's. */
  features: Record<string, FeatureValue>;
  a?: string;
  b?: string;
  limit: number;
  /** The engine's options, when not its defaults (a permalink may pin them). */
  seed?: number;
  runs?: number;
  textWeight?: number;
  includeMeasures?: boolean;
  /** `none` shows every record alone; absent, lineage families are grouped (the engine's default). */
  group?: Grouping;
  /** A named era of the codebook, and years, restricting the precedents. */
  era?: string;
  from?: number;
  to?: number;
}

export const defaultLimit = matchDefaults.limit;

export function emptyState(): WorkbenchState {
  return { weights: {}, features: {}, limit: defaultLimit };
}

const within = (n: number, range: { min: number; max: number }) => n >= range.min && n <= range.max;
const validWeight = (weight: unknown): weight is number =>
  typeof weight === 'number' && Number.isFinite(weight) && within(weight, matchBounds.weight);

/** A feature value the codebook knows, from the address (`raw` a string) or a permalink's JSON; else undefined. */
function featureValue(feature: Feature, raw: unknown): FeatureValue | undefined {
  const known = new Set(feature.values.map((v) => v.id));
  if (feature.type === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    return raw === 'true' || raw === 'false' ? raw === 'true' : undefined;
  }
  if (feature.type === 'set') {
    const list = Array.isArray(raw)
      ? raw.map(String)
      : typeof raw === 'string'
        ? raw.split(',')
        : typeof raw === 'number'
          ? [String(raw)]
          : [];
    const values = list.filter((v) => known.has(v));
    return values.length > 0 ? values : undefined;
  }
  const value = typeof raw === 'number' ? String(raw) : raw;
  return typeof value === 'string' && known.has(value) ? value : undefined;
}

/** Reads a whole number within the contract's bounds, or undefined. */
function whole(raw: string | null, range: { min: number; max: number }): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && within(n, range) ? n : undefined;
}

export function readState(search: string, codebook: Codebook): WorkbenchState {
  const params = new URLSearchParams(search);
  const features = new Map(codebook.features.map((f) => [f.id, f]));
  const state = emptyState();
  const text = params.get('text')?.trim();
  if (text) state.text = text;
  for (const key of ['measure', 'preset', 'a', 'b'] as const) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  state.limit = whole(params.get('limit'), matchBounds.limit) ?? defaultLimit;
  const seed = whole(params.get('seed'), matchBounds.seed);
  if (seed !== undefined) state.seed = seed;
  const runs = whole(params.get('runs'), matchBounds.runs);
  if (runs !== undefined) state.runs = runs;
  const textWeight = params.get('textWeight');
  if (textWeight !== null && textWeight.trim() !== '' && within(Number(textWeight), matchBounds.textWeight))
    state.textWeight = Number(textWeight);
  if (params.get('includeMeasures') === '1') state.includeMeasures = true;
  if (params.get('group') === 'none') state.group = 'none';
  const era = params.get('era');
  if (era && codebook.eras.some((e) => e.id === era)) state.era = era;
  const from = whole(params.get('from'), matchBounds.year);
  if (from !== undefined) state.from = from;
  const to = whole(params.get('to'), matchBounds.year);
  if (to !== undefined) state.to = to;
  for (const [key, raw] of params) {
    const [prefix, id] = key.split('.', 2);
    const feature = id !== undefined ? features.get(id) : undefined;
    if (!feature) continue;
    if (prefix === 'w') {
      const weight = Number(raw);
      if (raw !== '' && validWeight(weight)) state.weights[id] = weight;
    } else if (prefix === 'f') {
      const value = featureValue(feature, raw);
      if (value !== undefined) state.features[id] = value;
    }
  }
  return state;
}

const permalinkKeys = new Set<string>(Object.values(permalinkParams));

/** Whether an address is a permalink's (`?m=…&s=1&v=…&e=…`) rather than the workbench's own. */
export function isPermalinkSearch(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((key) => permalinkKeys.has(key));
}

/**
 * The workbench's state for an opened permalink, for its controls: what the codebook no longer knows is
 * left out here (the ranking itself is asked for with the permalink's own query, untouched).
 */
export function stateFromPermalink(permalink: Permalink, codebook: Codebook): WorkbenchState {
  const { query } = permalink;
  const state = emptyState();
  if (query.measure !== undefined) state.measure = query.measure;
  if (query.text !== undefined) state.text = query.text.trim();
  if (query.preset !== undefined) state.preset = query.preset;
  if (query.limit !== undefined) state.limit = query.limit;
  if (query.seed !== undefined && query.seed !== permalinkDefaultSeed) state.seed = query.seed;
  if (query.runs !== undefined) state.runs = query.runs;
  if (query.textWeight !== undefined) state.textWeight = query.textWeight;
  if (query.includeMeasures) state.includeMeasures = true;
  if (query.group === 'none') state.group = 'none';
  if (query.era !== undefined && codebook.eras.some((e) => e.id === query.era)) state.era = query.era;
  if (query.from !== undefined) state.from = query.from;
  if (query.to !== undefined) state.to = query.to;
  for (const feature of codebook.features) {
    const weight = query.weights?.[feature.id];
    if (validWeight(weight)) state.weights[feature.id] = weight;
    const value =
      query.features?.[feature.id] !== undefined ? featureValue(feature, query.features[feature.id]) : undefined;
    if (value !== undefined) state.features[feature.id] = value;
  }
  return state;
}

export function writeState(state: WorkbenchState, codebook: Codebook): string {
  const params = new URLSearchParams();
  if (state.measure !== undefined) params.set('measure', state.measure);
  if (state.text !== undefined) params.set('text', state.text);
  if (state.preset !== undefined) params.set('preset', state.preset);
  // Codebook order, so the same view always has the same address.
  for (const f of codebook.features)
    if (state.weights[f.id] !== undefined) params.set(`w.${f.id}`, String(state.weights[f.id]));
  for (const f of codebook.features) {
    const value = state.features[f.id];
    if (value !== undefined) params.set(`f.${f.id}`, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (state.a !== undefined) params.set('a', state.a);
  if (state.b !== undefined) params.set('b', state.b);
  if (state.limit !== defaultLimit) params.set('limit', String(state.limit));
  if (state.seed !== undefined) params.set('seed', String(state.seed));
  if (state.runs !== undefined) params.set('runs', String(state.runs));
  if (state.textWeight !== undefined) params.set('textWeight', String(state.textWeight));
  if (state.includeMeasures) params.set('includeMeasures', '1');
  if (state.group !== undefined) params.set('group', state.group);
  if (state.era !== undefined) params.set('era', state.era);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The body of POST /api/v1/match for this state, or undefined when there is nothing to ask. It is also the
 * query a permalink pins (the same field names), so the permalink of a view asks exactly what it showed.
 */
export function matchRequest(state: WorkbenchState): PermalinkQuery | undefined {
  if (state.measure === undefined && state.text === undefined && Object.keys(state.features).length === 0)
    return undefined;
  return {
    ...(state.measure !== undefined ? { measure: state.measure } : {}),
    ...(state.text !== undefined ? { text: state.text } : {}),
    ...(state.preset !== undefined ? { preset: state.preset } : {}),
    ...(Object.keys(state.weights).length > 0 ? { weights: state.weights } : {}),
    ...(Object.keys(state.features).length > 0 ? { features: state.features } : {}),
    limit: state.limit,
    ...(state.seed !== undefined ? { seed: state.seed } : {}),
    ...(state.runs !== undefined ? { runs: state.runs } : {}),
    ...(state.textWeight !== undefined ? { textWeight: state.textWeight } : {}),
    ...(state.includeMeasures ? { includeMeasures: true } : {}),
    ...(state.group !== undefined ? { group: state.group } : {}),
    ...(state.era !== undefined ? { era: state.era } : {}),
    ...(state.from !== undefined ? { from: state.from } : {}),
    ...(state.to !== undefined ? { to: state.to } : {}),
  };
}

/** The same request as URL parameters, for GET /api/v1/match/explain (features and weights as JSON). */
export function matchParams(request: PermalinkQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined) continue;
    params.set(
      key,
      typeof value === 'object'
        ? JSON.stringify(value)
        : typeof value === 'boolean'
          ? value
            ? '1'
            : '0'
          : String(value),
    );
  }
  return params;
}
