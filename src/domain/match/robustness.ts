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
  if (options.runs === 0) {
    const none: Robustness = { topK: 0, k: options.k, rankMin: 0, rankMax: 0, runs: 0 };
    return { weights: track.map(() => none), coding: track.map(() => none) };
  }
  const { pool, group, groups, order, lexical, textWeight } = ranked;
  const F = ix.features;
  const width = q.features.length;
  const n = pool.length;
  const features = q.features;

  // The pool's cells once, dense and branch-free: trust × similarity, trust, and whether coded. A run's
  // score is then three dot products per record with the run's weights.
  const cells = n * width;
  const code = new Int32Array(cells);
  const trustSim = new Float64Array(cells);
  const trust = new Float64Array(cells);
  const coded = new Float64Array(cells);
  const doubtful: number[][] = [[], [], []];
  for (let p = 0; p < n; p++)
    for (let j = 0; j < width; j++) {
      const cell = pool[p] * F + features[j];
      const k = p * width + j;
      code[k] = ix.codes[cell];
      if (code[k] < 0) continue;
      trust[k] = ix.trust[cell];
      trustSim[k] = trust[k] * q.rows[j][0][code[k]];
      coded[k] = 1;
      doubtful[ix.level[cell]].push(k);
    }
  const moving = [Int32Array.from(doubtful[1]), Int32Array.from(doubtful[2])];
  const movingRecord = moving.map((list) => Int32Array.from(list, (k) => Math.floor(k / width)));
  const movingFeature = moving.map((list) => Int32Array.from(list, (k) => k % width));
  const movingRate = [rateByLevel[1], rateByLevel[2]];
  const neighbours = Array.from(features, (f) => ix.dictionaries[f].neighbours);

  const random = seededRandom(options.seed);
  const recode = seededRandom((options.seed ^ recodingSalt) >>> 0);
  const factors = new Float64Array(options.allWeights.length);
  const perturbed = new Float64Array(width);
  const scaled = new Float64Array(width);
  const sums = new Float64Array(n);
  const means = new Float64Array(n);
  const compared = new Float64Array(n);
  const recoded = new Float64Array(n);
  const best = new Float64Array(groups);
  const bestOrder = new Int32Array(groups);
  const rows: Float64Array[] = Array.from(q.rows, (r) => r[0]);
  const tallies = [track.map(fresh), track.map(fresh)];
  const sqrt = coveragePenalty === 0.5;

  /** Each group's best final score, from the weighted sums of every pool member. */
  const keepBest = (sum: Float64Array, asked: number) => {
    best.fill(-Infinity);
    for (let p = 0; p < n; p++) {
      const coverage = compared[p] / asked;
      const mean = means[p];
      const score =
        mean > 0 && asked > 0
          ? (sum[p] / mean) * (sqrt ? Math.sqrt(coverage) : Math.pow(coverage, coveragePenalty))
          : 0;
      const final = (1 - textWeight) * score + textWeight * lexical[p];
      const g = group[p];
      if (final > best[g] || (final === best[g] && order[p] < bestOrder[g])) {
        best[g] = final;
        bestOrder[g] = order[p];
      }
    }
  };

  // Ranks of the tracked groups in one pass over the groups: the tracked are sorted best first, each group
  // finds by bisection the first tracked it beats, and a running sum turns those marks into ranks.
  const beats = (g: number, t: number) => best[g] > best[t] || (best[g] === best[t] && bestOrder[g] < bestOrder[t]);
  const sortedTrack = Int32Array.from(track.keys());
  const beaten = new Int32Array(track.length + 1);
  const tally = (kind: number) => {
    // Insertion sort: the tracked are few (the shown results), and mostly still in last run's order.
    for (let i = 1; i < sortedTrack.length; i++) {
      const x = sortedTrack[i];
      let at = i;
      while (at > 0 && beats(track[x], track[sortedTrack[at - 1]])) {
        sortedTrack[at] = sortedTrack[at - 1];
        at--;
      }
      sortedTrack[at] = x;
    }
    beaten.fill(0);
    for (let g = 0; g < groups; g++) {
      let lo = 0;
      let hi = track.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (beats(g, track[sortedTrack[mid]])) hi = mid;
        else lo = mid + 1;
      }
      beaten[lo]++;
    }
    const list = tallies[kind];
    let above = 0;
    for (let i = 0; i < track.length; i++) {
      above += beaten[i];
      const rank = 1 + above;
      const s = list[sortedTrack[i]];
      if (rank <= options.k) s.inTop++;
      if (rank < s.rankMin) s.rankMin = rank;
      if (rank > s.rankMax) s.rankMax = rank;
    }
  };

  for (let run = 0; run < options.runs; run++) {
    // One draw per codebook feature, in codebook order, so a seed means the same thing for any query.
    for (let f = 0; f < factors.length; f++) factors[f] = Math.exp(perturbationSigma * normal(random));
    let asked = 0;
    for (let j = 0; j < width; j++) {
      perturbed[j] = q.weights[j] * factors[features[j]];
      scaled[j] = perturbed[j] * q.trust[j];
      asked += perturbed[j];
      rows[j] = q.rows[j][0];
    }
    for (let p = 0; p < n; p++) {
      let sum = 0;
      let mean = 0;
      let weight = 0;
      for (let j = 0, k = p * width; j < width; j++, k++) {
        sum += scaled[j] * trustSim[k];
        mean += scaled[j] * trust[k];
        weight += perturbed[j] * coded[k];
      }
      sums[p] = sum;
      means[p] = mean;
      compared[p] = weight;
    }
    keepBest(sums, asked);
    tally(0);

    // The same weights; the query's doubtful values, then the precedents', moved by chance. A move changes
    // one similarity, so it changes only that record's weighted sum.
    recoded.set(sums);
    for (let j = 0; j < width; j++) {
      const rate = rateByLevel[q.level[j]];
      const choices = q.rows[j].length - 1;
      if (rate === 0 || choices === 0 || recode() >= rate) continue;
      const row = q.rows[j][1 + Math.floor(recode() * choices)];
      for (let p = 0, k = j; p < n; p++, k += width)
        if (code[k] >= 0) recoded[p] += scaled[j] * trust[k] * (row[code[k]] - rows[j][code[k]]);
      rows[j] = row;
    }
    // The gap to the next doubtful cell that moves is geometric: one draw per move, not one per cell.
    for (let level = 0; level < 2; level++) {
      const list = moving[level];
      const rate = movingRate[level];
      const records = movingRecord[level];
      const columns = movingFeature[level];
      const step = 1 / Math.log(1 - rate);
      for (
        let i = Math.floor(Math.log(1 - recode()) * step);
        i < list.length;
        i += 1 + Math.floor(Math.log(1 - recode()) * step)
      ) {
        const k = list[i];
        const j = columns[i];
        const near = neighbours[j][code[k]];
        if (near.length === 0) continue;
        const moved = near[Math.floor(recode() * near.length)];
        recoded[records[i]] += scaled[j] * trust[k] * (rows[j][moved] - rows[j][code[k]]);
      }
    }
    keepBest(recoded, asked);
    tally(1);
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
