/**
 * Scoring over the compiled index: one tight loop of table look-ups per record (see compiled-index.ts).
 * The score is the one of compare-codings.ts — a weighted mean of local similarities over the features
 * both sides code, each weight scaled by the reliability of the comparison, discounted by coverage —
 * computed on typed arrays, and blended with lexical relevance when the query has words.
 */
import type { Coding } from '../schema.ts';
import { coveragePenalty, confidenceFactor } from './compare-codings.ts';
import { levelOf, queryNeighbours, similarityRow, type CompiledIndex } from './compiled-index.ts';
import type { Value } from '../feature-types/index.ts';

export interface CompiledQuery {
  /** Codebook positions of the features the query codes with a positive weight. */
  features: Int32Array;
  weights: Float64Array;
  /** Confidence factor and level of the query's value on each of those features. */
  trust: Float64Array;
  level: Uint8Array;
  /**
   * rows[j][a][k]: similarity of the query's value (a = 0) or of its a-th neighbour (a ≥ 1) on feature j
   * to entry k of that feature's dictionary.
   */
  rows: Float64Array[][];
  /** Weight of every feature the query codes (the denominator of coverage). */
  asked: number;
}

/**
 * The query against the dictionaries: one similarity table per feature it codes, and (for the robustness
 * over coding doubt, only when it runs) one per neighbour of the query's value.
 */
export function compileQuery(
  ix: CompiledIndex,
  query: Coding,
  weights: readonly number[],
  withNeighbours: boolean,
): CompiledQuery {
  const features: number[] = [];
  ix.index.features.forEach((f, i) => {
    if (query[f.id] !== undefined && weights[i] > 0) features.push(i);
  });
  const rows = features.map((f) => {
    const feature = ix.index.byId.get(ix.index.features[f].id)!;
    const own = query[feature.feature.id].value;
    const doubtful = withNeighbours && query[feature.feature.id].confidence !== 'high';
    const alternatives: Value[] = [own, ...(doubtful ? queryNeighbours(ix, f, own) : [])];
    return alternatives.map((value) => similarityRow(ix, f, value));
  });
  return {
    features: Int32Array.from(features),
    weights: Float64Array.from(features, (f) => weights[f]),
    trust: Float64Array.from(features, (f) => confidenceFactor[query[ix.index.features[f].id].confidence]),
    level: Uint8Array.from(features, (f) => levelOf[query[ix.index.features[f].id].confidence]),
    rows,
    asked: features.reduce((sum, f) => sum + weights[f], 0),
  };
}

export interface Scores {
  score: Float64Array;
  similarity: Float64Array;
  coverage: Float64Array;
}

/** Scores of the records in `pool` (positions in the index), unperturbed. */
export function scorePool(ix: CompiledIndex, q: CompiledQuery, pool: Int32Array): Scores {
  const n = pool.length;
  const out: Scores = { score: new Float64Array(n), similarity: new Float64Array(n), coverage: new Float64Array(n) };
  const F = ix.features;
  const width = q.features.length;
  const weighted0 = Float64Array.from(q.weights, (w, j) => w * q.trust[j]);
  const rows = q.rows.map((r) => r[0]);
  for (let p = 0; p < n; p++) {
    const row = pool[p] * F;
    let compared = 0;
    let mean = 0;
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const cell = row + q.features[j];
      const code = ix.codes[cell];
      if (code < 0) continue;
      const w = weighted0[j] * ix.trust[cell];
      compared += q.weights[j];
      mean += w;
      sum += w * rows[j][code];
    }
    const similarity = mean > 0 ? sum / mean : 0;
    const coverage = q.asked > 0 ? compared / q.asked : 0;
    out.similarity[p] = similarity;
    out.coverage[p] = coverage;
    out.score[p] = similarity * Math.pow(coverage, coveragePenalty);
  }
  return out;
}
