/**
 * The global similarity of two coded records: a weighted mean of the local similarities over the
 * features coded on both sides, discounted for thin comparisons.
 *
 * coverage = (weight of features coded on both sides) / (weight of features coded in the query).
 * score    = weighted mean × coverage^coveragePenalty.
 * A precedent that shares three coded features perfectly must not outrank one that is compared on
 * twenty; with the default exponent of 0.5, half the coverage costs about 30 % of the score.
 */
import type { CodebookIndex } from '../codebook-index.ts';
import { featureTypeDefinitions } from '../feature-types/index.ts';
import type { Coding } from '../schema.ts';
import type { Weights } from './weights.ts';

export const coveragePenalty = 0.5;

export interface FeatureComparison {
  feature: string;
  /** Local similarity in [0, 1], or null when one side leaves the feature uncoded. */
  similarity: number | null;
  weight: number;
  /** weight × similarity / (weight of features coded on both sides): the share of the mean it carries. */
  contribution: number;
}

export interface CodingComparison {
  score: number;
  /** The weighted mean over comparable features, before the coverage discount. */
  similarity: number;
  coverage: number;
  features: FeatureComparison[];
}

/** Local similarities of every feature, computed once per pair so reweighting is cheap (robustness). */
export function localSimilarities(index: CodebookIndex, query: Coding, candidate: Coding): (number | null)[] {
  return index.features.map((feature) => {
    const a = query[feature.id];
    const b = candidate[feature.id];
    if (!a || !b) return null;
    return featureTypeDefinitions[feature.type].similarity(index.byId.get(feature.id)!, a.value, b.value);
  });
}

/** The weighted score from precomputed local similarities; `queryCoded[i]` says whether the query codes feature i. */
export function aggregate(local: readonly (number | null)[], weights: readonly number[], queryCoded: readonly boolean[]) {
  let compared = 0;
  let weighted = 0;
  let asked = 0;
  for (let i = 0; i < local.length; i++) {
    const w = weights[i];
    if (queryCoded[i]) asked += w;
    const s = local[i];
    if (s === null) continue;
    compared += w;
    weighted += w * s;
  }
  const similarity = compared > 0 ? weighted / compared : 0;
  const coverage = asked > 0 ? compared / asked : 0;
  return { similarity, coverage, score: similarity * Math.pow(coverage, coveragePenalty), compared };
}

export function compareCodings(index: CodebookIndex, query: Coding, candidate: Coding, weights: Weights): CodingComparison {
  const local = localSimilarities(index, query, candidate);
  const w = index.features.map((f) => weights.get(f.id) ?? 0);
  const queryCoded = index.features.map((f) => query[f.id] !== undefined);
  const { similarity, coverage, score, compared } = aggregate(local, w, queryCoded);
  return {
    score,
    similarity,
    coverage,
    features: index.features.map((f, i) => ({
      feature: f.id,
      similarity: local[i],
      weight: w[i],
      contribution: local[i] === null || compared === 0 ? 0 : (w[i] * local[i]!) / compared,
    })),
  };
}
