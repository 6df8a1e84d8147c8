/**
 * Does the ranking survive other reasonable weights? Each run multiplies every weight by a log-normal
 * factor (σ = 0.5, so a weight typically moves within ×0.6–×1.6) and re-ranks every candidate; a result
 * reports the share of runs in which it stays in the top k and the best and worst rank it reached.
 * Deterministic for a given seed.
 */
import { normal, seededRandom } from '../random.ts';
import { aggregate } from './compare-codings.ts';

export const perturbationSigma = 0.5;

export interface Robustness {
  /** Share of runs in which the result stays in the top k. */
  topK: number;
  k: number;
  rankMin: number;
  rankMax: number;
  runs: number;
}

/**
 * `local[c]` are candidate c's local similarities per feature (null where uncoded); `ids` break ties
 * the same way the main ranking does. Returns robustness for every candidate, indexed like `local`.
 */
export function robustness(
  local: readonly (readonly (number | null)[])[],
  ids: readonly string[],
  weights: readonly number[],
  queryCoded: readonly boolean[],
  options: { runs: number; seed: number; k: number; lexical?: readonly number[]; textWeight?: number },
): Robustness[] {
  const lambda = options.lexical ? (options.textWeight ?? 0) : 0;
  const random = seededRandom(options.seed);
  const stats = local.map(() => ({ inTop: 0, rankMin: Infinity, rankMax: 0 }));
  const order = local.map((_, i) => i);
  const scores = new Float64Array(local.length);
  for (let run = 0; run < options.runs; run++) {
    const perturbed = weights.map((w) => w * Math.exp(perturbationSigma * normal(random)));
    for (let c = 0; c < local.length; c++)
      scores[c] = (1 - lambda) * aggregate(local[c], perturbed, queryCoded).score + lambda * (options.lexical?.[c] ?? 0);
    order.sort((a, b) => scores[b] - scores[a] || (ids[a] < ids[b] ? -1 : 1));
    order.forEach((c, position) => {
      const rank = position + 1;
      const s = stats[c];
      if (rank <= options.k) s.inTop++;
      if (rank < s.rankMin) s.rankMin = rank;
      if (rank > s.rankMax) s.rankMax = rank;
    });
  }
  return stats.map((s) => ({
    topK: options.runs > 0 ? s.inTop / options.runs : 0,
    k: options.k,
    rankMin: options.runs > 0 ? s.rankMin : 0,
    rankMax: s.rankMax,
    runs: options.runs,
  }));
}
