/**
 * `npm run --silent bench -- --scale [--format json]`: the engine on synthetic case-bases of 100 to
 * 100,000 mechanisms, cloned from the real ones with new ids and their relations dropped (so every clone
 * is a family alone and the grouping does the most work). One line per size:
 *
 *   {"mechanisms": N, "match_ms": …, "match_robust_ms": …, "floor_ms": …, "ratio": …, "index_ms": …}
 *
 * match_ms: a match by measure without robustness (median); match_robust_ms: the default request, with
 * both robustness checks (200 runs each); floor_ms: one plain pass over the same N × features values (a
 * Float64Array sum), the least any scoring could cost; ratio = match_ms / floor_ms; index_ms: compiling the
 * index once (cached per case-base afterwards, as in a Worker isolate).
 */
import { compiledIndex } from '../src/domain/match/compiled-index.ts';
import { match } from '../src/domain/match/match.ts';
import type { CompiledCaseBase, Mechanism } from '../src/domain/schema.ts';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(iterations: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(3, iterations); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function synthetic(caseBase: CompiledCaseBase, mechanisms: number): CompiledCaseBase {
  const real = caseBase.records.filter((r): r is Mechanism => r.kind === 'mechanism');
  // Measures keep their coding but lose their relations, and verdicts go: both would name real mechanisms.
  const others = caseBase.records
    .filter((r) => r.kind !== 'mechanism' && r.kind !== 'verdict')
    .map((r) => (r.kind === 'measure' ? { ...r, relations: [] } : r));
  const clones: Mechanism[] = [];
  for (let i = 0; i < mechanisms; i++) {
    const source = real[i % real.length];
    clones.push({ ...source, id: `${source.id}-s${i}`, aliases: [], relations: [] });
  }
  return { ...caseBase, records: [...others, ...clones] };
}

export async function runScale(caseBase: CompiledCaseBase, json: boolean): Promise<void> {
  const measure = 'ai-incident-communication';
  if (!json) console.log('mechanisms   match (ms)   + both robustness (ms)   floor (ms)   ratio   index (ms)');
  for (const n of [100, 1000, 10000, 100000]) {
    const base = synthetic(caseBase, n);
    const start = performance.now();
    const ix = compiledIndex(base);
    const indexMs = performance.now() - start;
    const iterations = n >= 100000 ? 15 : n >= 10000 ? 40 : 200;
    const plain = timed(iterations, () => match(base, { measure, runs: 0 }));
    const robust = timed(n >= 100000 ? 3 : n >= 10000 ? 7 : 30, () => match(base, { measure }));
    const values = new Float64Array(ix.records.length * ix.features).fill(0.5);
    let sink = 0;
    const floor = timed(iterations, () => {
      let sum = 0;
      for (let i = 0; i < values.length; i++) sum += values[i];
      sink += sum;
    });
    const line = {
      mechanisms: n,
      match_ms: round(plain),
      match_robust_ms: round(robust),
      floor_ms: round(floor),
      ratio: round(plain / floor),
      index_ms: round(indexMs),
    };
    if (json) console.log(JSON.stringify(line));
    else
      console.log(
        `${String(n).padStart(10)}   ${line.match_ms.toFixed(3).padStart(10)}   ${line.match_robust_ms.toFixed(3).padStart(22)}   ` +
          `${line.floor_ms.toFixed(3).padStart(10)}   ${line.ratio.toFixed(1).padStart(5)}   ${line.index_ms.toFixed(1).padStart(10)}`,
      );
    if (sink < 0) console.log(sink); // keeps the floor loop from being optimised away
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
