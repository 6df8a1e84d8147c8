/**
 * The global similarity of two coded records: a weighted mean of the local similarities over the
 * features coded on both sides, discounted for thin comparisons.
 *
 * coverage = (weight of features coded on both sides) / (weight of features coded in the query).
 * score    = weighted mean × coverage^coveragePenalty.
 * A precedent that shares three coded features perfectly must not outrank one that is compared on
 * twenty; with the default exponent of 0.5, half the coverage costs about 30 % of the score.
 *
 * In the mean, each feature's weight is multiplied by the reliability of the comparison: the product of
 * the two values' confidence factors (high 1, medium 0.75, low 0.5). A value its coder marked as
 * uncertain still counts, but less — it should not decide a ranking on its own.
 */
import type { CodebookIndex } from '../codebook-index.ts';
import { featureTypeDefinitions } from '../feature-types/index.ts';
import type { CodedValue, Coding } from '../schema.ts';
import type { Weights } from './weights.ts';

export const coveragePenalty = 0.5;

export const confidenceFactor: Record<CodedValue['confidence'], number> = { high: 1, medium: 0.75, low: 0.5 };

export interface FeatureComparison {
  feature: string;
  /** Local similarity in [0, 1], or null when one side leaves the feature uncoded. */
  similarity: number | null;
  weight: number;
  /** Product of the two values' confidence factors, or null when not comparable. */
  reliability: number | null;
  /** weight × reliability × similarity / Σ weight × reliability: the share of the mean it carries. */
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

/** How far each feature's comparison can be trusted (1 where it cannot be compared at all). */
export function reliabilities(index: CodebookIndex, query: Coding, candidate: Coding): number[] {
  return index.features.map((feature) => {
    const a = query[feature.id];
    const b = candidate[feature.id];
    return a && b ? confidenceFactor[a.confidence] * confidenceFactor[b.confidence] : 1;
  });
}

/**
 * The weighted score from precomputed local similarities; `queryCoded[i]` says whether the query codes
 * feature i; `reliability[i]` (default 1) scales feature i's weight in the mean, not in the coverage.
 */
export function aggregate(
  local: readonly (number | null)[],
  weights: readonly number[],
  queryCoded: readonly boolean[],
  reliability?: readonly number[],
) {
  let compared = 0;
  let meanWeight = 0;
  let weighted = 0;
  let asked = 0;
  for (let i = 0; i < local.length; i++) {
    const w = weights[i];
    if (queryCoded[i]) asked += w;
    const s = local[i];
    if (s === null) continue;
    const r = reliability ? reliability[i] : 1;
    compared += w;
    meanWeight += w * r;
    weighted += w * r * s;
  }
  const similarity = meanWeight > 0 ? weighted / meanWeight : 0;
  const coverage = asked > 0 ? compared / asked : 0;
  return { similarity, coverage, score: similarity * Math.pow(coverage, coveragePenalty), meanWeight };
}

export function compareCodings(
  index: CodebookIndex,
  query: Coding,
  candidate: Coding,
  weights: Weights,
): CodingComparison {
  const local = localSimilarities(index, query, candidate);
  const reliability = reliabilities(index, query, candidate);
  const w = index.features.map((f) => weights.get(f.id) ?? 0);
  const queryCoded = index.features.map((f) => query[f.id] !== undefined);
  const { similarity, coverage, score, meanWeight } = aggregate(local, w, queryCoded, reliability);
  return {
    score,
    similarity,
    coverage,
    features: index.features.map((f, i) => ({
      feature: f.id,
      similarity: local[i],
      weight: w[i],
      reliability: local[i] === null ? null : reliability[i],
      contribution: local[i] === null || meanWeight === 0 ? 0 : (w[i] * reliability[i] * local[i]!) / meanWeight,
    })),
  };
}
