/**
 * Does the ranking survive other reasonable weights? Each run multiplies every weight by a log-normal
 * factor (σ = 0.5, so a weight typically moves within ×0.6–×1.6) and re-scores every candidate; a
 * tracked result reports the share of runs in which it stays in the top k and the best and worst rank
 * it reached. Deterministic for a given seed.
 *
 * This is the engine's hot loop (runs × candidates × features), so it works on a dense matrix of the
 * local similarities and ranks only the tracked results, by counting who beats them.
 */
import { normal, seededRandom } from '../random.ts';
import { coveragePenalty } from './compare-codings.ts';
import type { Robustness } from './contract.ts';

export const perturbationSigma = 0.5;

export interface RobustnessInput {
  /** `local[c][f]`: candidate c's local similarity on feature f, or null where either side is uncoded. */
  local: readonly (readonly (number | null)[])[];
  /** `reliability[c][f]`: how far that comparison can be trusted (see compare-codings.ts). */
  reliability?: readonly (readonly number[])[];
  /** Candidate ids, to break ties the way the main ranking does. */
  ids: readonly string[];
  weights: readonly number[];
  queryCoded: readonly boolean[];
  /** Indexes of the candidates to report on (the shown results). */
  track: readonly number[];
  lexical?: readonly number[];
  textWeight?: number;
}

export function robustness(input: RobustnessInput, options: { runs: number; seed: number; k: number }): Robustness[] {
  const { local, ids, weights, queryCoded, track } = input;
  const lambda = input.lexical ? (input.textWeight ?? 0) : 0;
  const candidates = local.length;
  // Only features the query codes can be compared; the others are null for every candidate.
  const features = weights.map((_, f) => f).filter((f) => queryCoded[f]);
  const width = features.length;
  const matrix = new Float64Array(candidates * width).fill(-1);
  const trust = new Float64Array(candidates * width).fill(1);
  for (let c = 0; c < candidates; c++)
    for (let j = 0; j < width; j++) {
      const s = local[c][features[j]];
      if (s !== null) matrix[c * width + j] = s;
      if (input.reliability) trust[c * width + j] = input.reliability[c][features[j]];
    }
  const random = seededRandom(options.seed);
  const perturbed = new Float64Array(width);
  const scores = new Float64Array(candidates);
  const stats = track.map(() => ({ inTop: 0, rankMin: Infinity, rankMax: 0 }));
  for (let run = 0; run < options.runs; run++) {
    // One draw per codebook feature, in codebook order, so a seed means the same thing for any query.
    const factors = weights.map(() => Math.exp(perturbationSigma * normal(random)));
    let asked = 0;
    for (let j = 0; j < width; j++) {
      perturbed[j] = weights[features[j]] * factors[features[j]];
      asked += perturbed[j];
    }
    for (let c = 0; c < candidates; c++) {
      let compared = 0;
      let meanWeight = 0;
      let weighted = 0;
      const row = c * width;
      for (let j = 0; j < width; j++) {
        const s = matrix[row + j];
        if (s < 0) continue;
        const w = perturbed[j] * trust[row + j];
        compared += perturbed[j];
        meanWeight += w;
        weighted += w * s;
      }
      const score = meanWeight > 0 && asked > 0 ? (weighted / meanWeight) * Math.pow(compared / asked, coveragePenalty) : 0;
      scores[c] = (1 - lambda) * score + lambda * (input.lexical?.[c] ?? 0);
    }
    track.forEach((t, i) => {
      let rank = 1;
      for (let c = 0; c < candidates; c++) if (scores[c] > scores[t] || (scores[c] === scores[t] && ids[c] < ids[t])) rank++;
      const s = stats[i];
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
