/**
 * Does the ranking survive other reasonable weights, and other plausible codings? Two checks, run
 * together over the compiled index, each reported for every shown result (a family, when the ranking
 * is grouped: its best member stands for it in every run).
 *
 * - Weights: each run multiplies every weight by a log-normal factor (σ = 0.5, so a weight typically
 *   moves within ×0.6–×1.6) and re-scores every candidate.
 * - Coding: the same reweighted run, in which every value coded with doubt may also move to a
 *   neighbouring value (the nearest under its feature type's similarity): a low-confidence value with
 *   probability 0.5, a medium one with probability 0.2, a high one never — on both sides, the query's
 *   values and the precedents'. With every value at high confidence, the coding figures are therefore
 *   exactly the weight figures.
 *
 * A result reports the share of runs in which it stays in the top k and the best and worst rank it
 * reached. Deterministic for a given seed: the weight draws come from the seed, one per codebook feature
 * in codebook order, and the re-coding draws from a second stream derived from it.
 */
import { normal, seededRandom } from '../random.ts';
import type { Robustness } from './contract.ts';
import { coveragePenalty } from './compare-codings.ts';
import type { CompiledIndex } from './compiled-index.ts';
import type { CompiledQuery } from './scoring.ts';

export const perturbationSigma = 0.5;
/** Chance that a value is re-coded in one run, by confidence level (high, medium, low). */
export const recodingRates = { high: 0, medium: 0.2, low: 0.5 } as const;
const rateByLevel = [recodingRates.high, recodingRates.medium, recodingRates.low];
/** Mixed into the seed for the re-coding stream, so the two streams never coincide. */
const recodingSalt = 0x5bd1e995;

export interface RankedPool {
  /** Positions in the compiled index of the candidates ranked. */
  pool: Int32Array;
  /** group[p]: the shown result (family, or the record alone) that pool member p belongs to. */
  group: Int32Array;
  groups: number;
  /** order[p]: position of pool member p's id in id order, to break ties as the main ranking does. */
  order: Int32Array;
  lexical: Float64Array;
  textWeight: number;
}

export interface RobustnessFigures {
  weights: Robustness[];
  coding: Robustness[];
}

interface Tally {
  inTop: number;
  rankMin: number;
  rankMax: number;
}

export function robustness(
  ix: CompiledIndex,
  q: CompiledQuery,
  ranked: RankedPool,
  track: readonly number[],
  options: { runs: number; seed: number; k: number; allWeights: readonly number[] },
): RobustnessFigures {
  const { pool, group, groups, order, lexical, textWeight } = ranked;
  const F = ix.features;
  const width = q.features.length;
  const n = pool.length;
  const random = seededRandom(options.seed);
  const recode = seededRandom((options.seed ^ recodingSalt) >>> 0);
  const perturbed = new Float64Array(width);
  const best = new Float64Array(groups);
  const bestOrder = new Int32Array(groups);
  const alternative = new Int32Array(width);
  const tallies = [track.map(fresh), track.map(fresh)];
  for (let run = 0; run < options.runs; run++) {
    // One draw per codebook feature, in codebook order, so a seed means the same thing for any query.
    const factors = options.allWeights.map(() => Math.exp(perturbationSigma * normal(random)));
    let asked = 0;
    for (let j = 0; j < width; j++) {
      perturbed[j] = q.weights[j] * factors[q.features[j]];
      asked += perturbed[j];
    }
    for (let kind = 0; kind < 2; kind++) {
      const recoding = kind === 1;
      if (recoding)
        for (let j = 0; j < width; j++) {
          alternative[j] = 0;
          const rate = rateByLevel[q.level[j]];
          if (rate > 0 && recode() < rate) {
            const choices = q.rows[j].length - 1;
            if (choices > 0) alternative[j] = 1 + Math.floor(recode() * choices);
          }
        }
      best.fill(-Infinity);
      for (let p = 0; p < n; p++) {
        const row = pool[p] * F;
        let compared = 0;
        let mean = 0;
        let sum = 0;
        for (let j = 0; j < width; j++) {
          const cell = row + q.features[j];
          let code = ix.codes[cell];
          if (code < 0) continue;
          if (recoding) {
            const rate = rateByLevel[ix.level[cell]];
            if (rate > 0 && recode() < rate) {
              const near = ix.dictionaries[q.features[j]].neighbours[code];
              if (near.length > 0) code = near[Math.floor(recode() * near.length)];
            }
          }
          const w = perturbed[j] * q.trust[j] * ix.trust[cell];
          compared += perturbed[j];
          mean += w;
          sum += w * q.rows[j][recoding ? alternative[j] : 0][code];
        }
        const score = mean > 0 && asked > 0 ? (sum / mean) * Math.pow(compared / asked, coveragePenalty) : 0;
        const final = (1 - textWeight) * score + textWeight * lexical[p];
        const g = group[p];
        if (final > best[g] || (final === best[g] && order[p] < bestOrder[g])) {
          best[g] = final;
          bestOrder[g] = order[p];
        }
      }
      const tally = tallies[kind];
      track.forEach((t, i) => {
        let rank = 1;
        for (let g = 0; g < groups; g++) if (best[g] > best[t] || (best[g] === best[t] && bestOrder[g] < bestOrder[t])) rank++;
        const s = tally[i];
        if (rank <= options.k) s.inTop++;
        if (rank < s.rankMin) s.rankMin = rank;
        if (rank > s.rankMax) s.rankMax = rank;
      });
    }
  }
  const report = (s: Tally): Robustness => ({
    topK: options.runs > 0 ? Math.round((s.inTop / options.runs) * 10000) / 10000 : 0,
    k: options.k,
    rankMin: options.runs > 0 ? s.rankMin : 0,
    rankMax: s.rankMax,
    runs: options.runs,
  });
  return { weights: tallies[0].map(report), coding: tallies[1].map(report) };
}

function fresh(): Tally {
  return { inTop: 0, rankMin: Infinity, rankMax: 0 };
}
