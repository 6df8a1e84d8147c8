/**
 * Runs the spread of spread.ts in a Web Worker (graphology's ForceAtlas2 supervisor, which starts its
 * worker from a Blob URL — hence `worker-src blob:` in the site's Content-Security-Policy), so the page
 * stays responsive, and writes the positions into the map's graph, which sigma redraws. Counting the
 * worker's iterations, rather than timing it, makes the end result the same on a slow machine and a fast one.
 *
 * The shared positions are kept, and come back with `restore`.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { MapGraph } from './map-data.ts';
import {
  extent,
  fitInto,
  positionsOf,
  shownSubgraph,
  spreadIterations,
  spreadParameters,
  type Point,
} from './spread.ts';

export type SpreadPhase =
  | { phase: 'shared' }
  | { phase: 'running'; shown: number }
  | { phase: 'spread'; shown: number }
  | { phase: 'failed'; reason: string };

export interface Spreader {
  phase(): SpreadPhase;
  subscribe(listener: (phase: SpreadPhase) => void): void;
  /** Spreads the records shown; resolves when the run has ended (finished, cancelled or failed). */
  spread(shown: ReadonlySet<string>): Promise<void>;
  /** Back to the positions every reader shares; cancels a run. */
  restore(): void;
}

interface Run {
  supervisor: FA2LayoutSupervisor;
  frame?: number;
  end: () => void;
}

/** How long records take to glide from where they are to where the spread puts them. */
const glideMs = 600;
const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function createSpreader(graph: MapGraph, options: { animate: () => boolean }): Spreader {
  const shared = positionsOf(graph);
  const box = extent(shared.values());
  const listeners: ((phase: SpreadPhase) => void)[] = [];
  let current: SpreadPhase = { phase: 'shared' };
  let run: Run | undefined;

  const set = (phase: SpreadPhase) => {
    current = phase;
    for (const listener of listeners) listener(phase);
  };
  /** One graph event for all nodes, so sigma reindexes once per write rather than once per node. */
  const write = (positions: ReadonlyMap<string, Point>) =>
    graph.updateEachNodeAttributes(
      (id, attributes) => {
        const p = positions.get(id);
        return p ? { ...attributes, x: p.x, y: p.y } : attributes;
      },
      { attributes: ['x', 'y'] },
    );
  /** Ends the run, whatever it is doing: killing a killed supervisor does nothing. */
  const stop = () => {
    if (!run) return;
    const ending = run;
    run = undefined;
    ending.supervisor.kill();
    if (ending.frame !== undefined) cancelAnimationFrame(ending.frame);
    ending.end();
  };
  /**
   * Moves the records from where the map shows them to `to`, eased, then calls `done`. The worker's
   * iterations are not drawn as they come: redrawing the map for each of them would hold the worker
   * to the frame rate (seconds rather than a fraction of one on a software-rendered map).
   */
  const glide = (mine: Run, to: ReadonlyMap<string, Point>, done: () => void) => {
    const from = new Map(
      [...to.keys()].map((id) => [id, { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') }]),
    );
    let startedAt: number | undefined;
    const step = (now: number) => {
      if (run !== mine) return;
      startedAt ??= now;
      const t = Math.min(1, (now - startedAt) / glideMs);
      if (t >= 1) return done();
      const e = easeInOut(t);
      const between = new Map<string, Point>();
      for (const [id, p] of to) {
        const q = from.get(id)!;
        between.set(id, { x: q.x + (p.x - q.x) * e, y: q.y + (p.y - q.y) * e });
      }
      write(between);
      mine.frame = requestAnimationFrame(step);
    };
    mine.frame = requestAnimationFrame(step);
  };

  return {
    phase: () => current,
    subscribe: (listener) => void listeners.push(listener),
    restore() {
      stop();
      write(shared);
      set({ phase: 'shared' });
    },
    spread(shown) {
      stop();
      const sub = shownSubgraph(graph, shown, shared);
      if (sub.order < 2) {
        write(shared);
        set({ phase: 'failed', reason: 'Fewer than two records are shown: there is nothing to spread.' });
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        let supervisor: FA2LayoutSupervisor;
        try {
          supervisor = new FA2LayoutSupervisor(sub, spreadParameters(graph.getAttribute('layout')));
        } catch (error) {
          set({
            phase: 'failed',
            reason: `This browser could not start the layout worker (${(error as Error).message}).`,
          });
          resolve();
          return;
        }
        const mine: Run = { supervisor, end: resolve };
        run = mine;
        const finish = (result: ReadonlyMap<string, Point>) => {
          write(result);
          stop();
          set({ phase: 'spread', shown: sub.order });
        };
        let iterations = 0;
        // The supervisor writes each iteration into `sub`; the last one counted is the result.
        sub.on('eachNodeAttributesUpdated', () => {
          if (run !== mine || ++iterations !== spreadIterations) return;
          supervisor.stop();
          const result = fitInto(positionsOf(sub), box);
          // The supervisor is still inside its message handler; it may only be killed once that returns.
          queueMicrotask(() => {
            if (run !== mine) return;
            supervisor.kill();
            if (options.animate()) glide(mine, result, () => finish(result));
            else finish(result);
          });
        });
        // A worker that cannot start (a policy, a browser without workers) reports an error event.
        (supervisor as unknown as { worker: Worker }).worker.addEventListener('error', (event) => {
          if (run !== mine) return;
          event.preventDefault();
          stop();
          write(shared);
          set({ phase: 'failed', reason: 'The layout worker stopped with an error; the shared layout is back.' });
        });
        set({ phase: 'running', shown: sub.order });
        supervisor.start();
      });
    },
  };
}
