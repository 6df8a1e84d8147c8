/**
 * The case-base as a typed graph (graphology): records are nodes; relations, party memberships and the
 * technology a record governs are edges. The explorer draws it; the engine walks it for trajectories.
 */
import Graph from 'graphology';
import { yearOf } from './catalogue.ts';
import type { CompiledCaseBase, RecordKind, RelationType } from './schema.ts';

export type EdgeType = RelationType | 'partyTo' | 'governs';

export interface NodeAttributes {
  kind: RecordKind;
  name: string;
  shortName: string;
  year?: number;
}

export interface EdgeAttributes {
  type: EdgeType;
}

export type CaseGraph = Graph<NodeAttributes, EdgeAttributes>;

const cache = new WeakMap<CompiledCaseBase, CaseGraph>();

/** Edge direction follows the data: from the record that states the relation to its target. */
export function buildGraph(caseBase: CompiledCaseBase): CaseGraph {
  const cached = cache.get(caseBase);
  if (cached) return cached;
  const graph: CaseGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const record of caseBase.records)
    graph.addNode(record.id, {
      kind: record.kind,
      name: record.name,
      shortName: record.shortName ?? record.name,
      ...(yearOf(record) !== undefined ? { year: yearOf(record) } : {}),
    });
  for (const record of caseBase.records) {
    if ('relations' in record)
      for (const relation of record.relations)
        graph.addDirectedEdgeWithKey(`${record.id}>${relation.type}>${relation.target}`, record.id, relation.target, {
          type: relation.type,
        });
    if ('parties' in record)
      for (const party of record.parties)
        graph.addDirectedEdgeWithKey(`${party}>partyTo>${record.id}`, party, record.id, { type: 'partyTo' });
    // Technology profiles are coded once and inherited; the edge shows which records share one.
    if ('technology' in record && record.technology !== undefined && graph.hasNode(record.technology))
      graph.addDirectedEdgeWithKey(`${record.id}>governs>${record.technology}`, record.id, record.technology, {
        type: 'governs',
      });
  }
  cache.set(caseBase, graph);
  return graph;
}
