/**
 * Lookups derived once from a codebook — value order, taxonomy ancestry, related-value tables — so the
 * feature types can parse and compare values without re-scanning the codebook on every call.
 */
import type { Codebook, Feature, Preset } from './schema.ts';

export interface FeatureIndex {
  feature: Feature;
  /** Position of each value in the codebook's list (the scale of an ordinal feature). */
  position: Map<string, number>;
  /** For taxonomy features: each value's chain of ancestors, from itself up to the root. */
  ancestry: Map<string, string[]>;
  /** For set and categorical features: similarity of related distinct values, keyed by pairKey. */
  related: Map<string, number>;
  label(valueId: string): string;
}

export interface CodebookIndex {
  codebook: Codebook;
  features: Feature[];
  byId: Map<string, FeatureIndex>;
  preset(id: string): Preset | undefined;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function indexFeature(feature: Feature): FeatureIndex {
  const position = new Map(feature.values.map((v, i) => [v.id, i]));
  const labels = new Map(feature.values.map((v) => [v.id, v.label]));
  const parents = new Map(feature.values.map((v) => [v.id, v.parent]));
  const ancestry = new Map<string, string[]>();
  if (feature.type === 'taxonomy') {
    for (const v of feature.values) {
      const chain: string[] = [];
      // The codebook schema guarantees parents resolve; the length bound guards against a cycle.
      for (
        let at: string | undefined = v.id;
        at !== undefined && chain.length <= feature.values.length;
        at = parents.get(at)
      )
        chain.push(at);
      ancestry.set(v.id, chain);
    }
  }
  const related = new Map(feature.similarity.map((s) => [pairKey(s.between[0], s.between[1]), s.similarity]));
  return { feature, position, ancestry, related, label: (id) => labels.get(id) ?? id };
}

const cache = new WeakMap<Codebook, CodebookIndex>();

export function indexCodebook(codebook: Codebook): CodebookIndex {
  const cached = cache.get(codebook);
  if (cached) return cached;
  const byId = new Map(codebook.features.map((f) => [f.id, indexFeature(f)]));
  const presets = new Map(codebook.presets.map((p) => [p.id, p]));
  const index: CodebookIndex = { codebook, features: codebook.features, byId, preset: (id) => presets.get(id) };
  cache.set(codebook, index);
  return index;
}
