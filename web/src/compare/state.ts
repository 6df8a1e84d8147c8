/**
 * The workbench's whole state, and its place in the address bar, so any view can be shared and
 * reopened: `/compare?measure=ai-incident-communication&preset=function&w.track=2&f.track=1.5&b=us-ussr-hotline-mou-1963`.
 * `w.<feature>` overrides a weight, `f.<feature>` a feature value (several values comma-separated),
 * `a` and `b` are the records shown side by side. Pure, so it is tested without a browser.
 */
import type { Codebook } from '../../../src/domain/schema.ts';

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
}

export const defaultLimit = 10;

export function emptyState(): WorkbenchState {
  return { weights: {}, features: {}, limit: defaultLimit };
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
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit >= 1 && limit <= 50) state.limit = limit;
  for (const [key, raw] of params) {
    const [prefix, id] = key.split('.', 2);
    const feature = id !== undefined ? features.get(id) : undefined;
    if (!feature) continue;
    if (prefix === 'w') {
      const weight = Number(raw);
      if (raw !== '' && Number.isFinite(weight) && weight >= 0 && weight <= 100) state.weights[id] = weight;
    } else if (prefix === 'f') {
      const known = new Set(feature.values.map((v) => v.id));
      if (feature.type === 'boolean') {
        if (raw === 'true' || raw === 'false') state.features[id] = raw === 'true';
      } else if (feature.type === 'set') {
        const values = raw.split(',').filter((v) => known.has(v));
        if (values.length > 0) state.features[id] = values;
      } else if (known.has(raw)) state.features[id] = raw;
    }
  }
  return state;
}

export function writeState(state: WorkbenchState, codebook: Codebook): string {
  const params = new URLSearchParams();
  if (state.measure !== undefined) params.set('measure', state.measure);
  if (state.text !== undefined) params.set('text', state.text);
  if (state.preset !== undefined) params.set('preset', state.preset);
  // Codebook order, so the same view always has the same address.
  for (const f of codebook.features) if (state.weights[f.id] !== undefined) params.set(`w.${f.id}`, String(state.weights[f.id]));
  for (const f of codebook.features) {
    const value = state.features[f.id];
    if (value !== undefined) params.set(`f.${f.id}`, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (state.a !== undefined) params.set('a', state.a);
  if (state.b !== undefined) params.set('b', state.b);
  if (state.limit !== defaultLimit) params.set('limit', String(state.limit));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The body of POST /api/v1/match for this state, or undefined when there is nothing to ask. */
export function matchRequest(state: WorkbenchState) {
  if (state.measure === undefined && state.text === undefined && Object.keys(state.features).length === 0) return undefined;
  return {
    ...(state.measure !== undefined ? { measure: state.measure } : {}),
    ...(state.text !== undefined ? { text: state.text } : {}),
    ...(state.preset !== undefined ? { preset: state.preset } : {}),
    ...(Object.keys(state.weights).length > 0 ? { weights: state.weights } : {}),
    ...(Object.keys(state.features).length > 0 ? { features: state.features } : {}),
    limit: state.limit,
  };
}
