/**
 * The explorer's map and its "spread what is shown", computed in Node exactly as the page's layout worker
 * computes them (web/src/explorer/spread.ts and spread-runner.ts): the spread's unit test and the browser
 * test both hold the worker's result to this one computation.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { MapAttributes, MapEdgeAttributes, MapFile, MapNodeAttributes } from '../../src/domain/graph-file.ts';
import * as spread from '../../web/src/explorer/spread.ts';

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes, MapAttributes>;

/** The map file as the explorer reads it into a graph. */
export function mapGraph(file: MapFile): MapGraph {
  const graph: MapGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(file);
  return graph;
}

/** Where a spread of the records shown puts them: ForceAtlas2 from the shared positions, fitted into the map. */
export function spreadInNode(graph: MapGraph, shown: ReadonlySet<string>): Map<string, spread.Point> {
  const shared = spread.positionsOf(graph);
  const sub = spread.shownSubgraph(graph, shown, shared);
  const parameters = spread.spreadParameters(graph.getAttribute('layout'));
  forceAtlas2.assign(sub, { iterations: spread.spreadIterations, ...parameters });
  return spread.fitInto(spread.positionsOf(sub), spread.extent(shared.values()));
}
