/**
 * "Spread what is shown": the shared map is laid out once, at build time, over every record; a filtered
 * view keeps those positions and can leave a few records bunched in one corner. Spreading re-runs
 * ForceAtlas2 over the records shown only — with the settings and edge weights the build used, always
 * from the shared positions and for a fixed number of iterations, so the same view spreads the same way
 * on every machine — and scales the result into the space the whole map occupies.
 *
 * This file holds the geometry and the subgraph, free of the DOM, so Node can compute the same result
 * (test/web/explorer/spread.node.test.ts and the browser test check the worker's result against it).
 */
import Graph from 'graphology';
import type { MapAttributes, MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';

/** Enough to untangle a few dozen records from the shared positions; a few seconds' work at most in a worker. */
export const spreadIterations = 300;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function extent(points: Iterable<Point>): Box {
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of points) {
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

/**
 * Scales and moves positions, the same factor on both axes so that angles and proportions survive,
 * until they fill `box` and sit at its centre. A single record (or records on one point) goes to the centre.
 */
export function fitInto(positions: ReadonlyMap<string, Point>, box: Box): Map<string, Point> {
  const from = extent(positions.values());
  const width = from.maxX - from.minX;
  const height = from.maxY - from.minY;
  const scales = [
    width > 0 ? (box.maxX - box.minX) / width : Infinity,
    height > 0 ? (box.maxY - box.minY) / height : Infinity,
  ];
  const scale = Math.min(...scales);
  const factor = Number.isFinite(scale) ? scale : 0;
  const centre = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  const middle = { x: (from.minX + from.maxX) / 2, y: (from.minY + from.maxY) / 2 };
  const fitted = new Map<string, Point>();
  for (const [id, { x, y }] of positions)
    fitted.set(id, { x: centre.x + (x - middle.x) * factor, y: centre.y + (y - middle.y) * factor });
  return fitted;
}

export type SpreadGraph = Graph<Point, MapEdgeAttributes>;

/**
 * The records shown and the links among them, at their shared positions: what ForceAtlas2 runs on.
 * Nodes and edges go in the map's own order, so the layout's input (and so its output) does not
 * depend on the order the caller lists the records in.
 */
export function shownSubgraph(
  graph: Graph<MapNodeAttributes, MapEdgeAttributes, MapAttributes>,
  shown: ReadonlySet<string>,
  shared: ReadonlyMap<string, Point>,
): SpreadGraph {
  const sub: SpreadGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.forEachNode((id) => {
    if (shown.has(id)) sub.addNode(id, { ...shared.get(id)! });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (shown.has(source) && shown.has(target)) sub.addEdgeWithKey(edge, source, target, { type: attributes.type });
  });
  return sub;
}

/** The layout parameters of the build (graph.json's `layout`), for graphology-layout-forceatlas2. */
export function spreadParameters(layout: MapAttributes['layout']) {
  return {
    settings: layout.settings,
    getEdgeWeight: (_edge: string, attributes: MapEdgeAttributes) => layout.edgeWeights[attributes.type] ?? 1,
  };
}

export function positionsOf(graph: Graph<Point>): Map<string, Point> {
  return new Map(graph.mapNodes((id, { x, y }) => [id, { x, y }] as const));
}
