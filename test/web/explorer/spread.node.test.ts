/**
 * The explorer's "spread what is shown" (web/src/explorer/spread.ts): the geometry that fits a spread
 * into the map's space, the subgraph ForceAtlas2 runs on, and that the same view spreads the same way.
 * The browser test (test/e2e/web.node.test.ts) checks the worker's result against this computation.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapFile } from '../../../src/domain/graph-file.ts';
import { extent, fitInto, positionsOf, shownSubgraph, type Point } from '../../../web/src/explorer/spread.ts';
import { layoutMap } from '../../../src/domain/map-layout.ts';
import caseBase from '../../../src/generated/casebase.js';
import { mapGraph, spreadInNode } from '../../support/spread.ts';

describe('fitting a spread into the map', () => {
  const box = { minX: -10, maxX: 10, minY: -5, maxY: 5 };
  const point = fc.record({
    x: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    y: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  });

  it('fills the box along one axis, stays inside it, and keeps proportions', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 30 }), (points) => {
        const positions = new Map(points.map((p, i) => [String(i), p]));
        const from = extent(positions.values());
        fc.pre(from.maxX - from.minX > 1e-6 && from.maxY - from.minY > 1e-6);
        const fitted = fitInto(positions, box);
        const to = extent(fitted.values());
        const eps = 1e-9;
        expect(to.minX).toBeGreaterThanOrEqual(box.minX - eps);
        expect(to.maxX).toBeLessThanOrEqual(box.maxX + eps);
        expect(to.minY).toBeGreaterThanOrEqual(box.minY - eps);
        expect(to.maxY).toBeLessThanOrEqual(box.maxY + eps);
        const filled = Math.max(
          (to.maxX - to.minX) / (box.maxX - box.minX),
          (to.maxY - to.minY) / (box.maxY - box.minY),
        );
        expect(filled).toBeCloseTo(1, 9);
        // One factor on both axes: the shape of the spread is kept.
        const ratio = (to.maxX - to.minX) / (from.maxX - from.minX);
        expect((to.maxY - to.minY) / (from.maxY - from.minY)).toBeCloseTo(ratio, 6);
        // Centred.
        expect((to.minX + to.maxX) / 2).toBeCloseTo(0, 6);
        expect((to.minY + to.maxY) / 2).toBeCloseTo(0, 6);
      }),
    );
  });

  it('puts a single record, or records on one point, at the centre', () => {
    expect([...fitInto(new Map([['a', { x: 40, y: -3 }]]), box).values()]).toEqual([{ x: 0, y: 0 }]);
    expect([
      ...fitInto(
        new Map([
          ['a', { x: 1, y: 1 }],
          ['b', { x: 1, y: 1 }],
        ]),
        box,
      ).values(),
    ]).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ]);
  });
});

describe('the subgraph a spread runs on', () => {
  const file = layoutMap(caseBase);
  const graph = mapGraph(file);
  const shared = positionsOf(graph);
  const mechanisms = file.nodes.filter((n) => n.attributes.kind === 'mechanism').map((n) => n.key);
  const shown = new Set(mechanisms.slice(0, 40));

  it('holds the records shown, at their shared positions, and only the links among them', () => {
    const sub = shownSubgraph(graph, shown, shared);
    expect(new Set(sub.nodes())).toEqual(shown);
    for (const id of sub.nodes()) expect(sub.getNodeAttributes(id)).toEqual(shared.get(id));
    const expected = graph.filterEdges((_e, _a, s, t) => shown.has(s) && shown.has(t));
    expect(sub.edges().sort()).toEqual(expected.sort());
    sub.forEachEdge((edge, attributes) => expect(attributes.type).toBe(graph.getEdgeAttribute(edge, 'type')));
  });

  it('does not depend on the order the records shown are listed in', () => {
    const reversed = new Set([...shown].reverse());
    expect(shownSubgraph(graph, reversed, shared).export()).toEqual(shownSubgraph(graph, shown, shared).export());
  });

  it('spreads the same view the same way every time, using the build’s edge weights', () => {
    const spread = () => spreadInNode(graph, shown);
    const first = spread();
    expect(JSON.stringify([...spread()])).toBe(JSON.stringify([...first]));
    // The spread moved records (it is not the shared layout scaled), and fills the map's space.
    const moved = [...first].filter(
      ([id, p]: [string, Point]) => Math.hypot(p.x - shared.get(id)!.x, p.y - shared.get(id)!.y) > 1e-3,
    );
    expect(moved.length).toBeGreaterThan(shown.size / 2);
    const weights = graph.getAttribute('layout').edgeWeights;
    expect(weights.modelledOn).toBeGreaterThan(weights.partyTo!);
  });

  it('is what the built map file says: the layout parameters travel in graph.json', () => {
    const built = JSON.parse(readFileSync('web/public/graph.json', 'utf8')) as MapFile;
    expect(built.attributes.layout).toEqual(file.attributes.layout);
  });
});
