/**
 * A precedent's lineage: what came before it and what grew out of it, following the relations that
 * carry an institution forward (modelledOn, succeeds, amends, partOf, establishes). A reader sees an
 * incremental path — 1963 Hotline → 1971 improvement → 1984 upgrade — not only a point.
 */
import type { CaseGraph } from '../graph.ts';
import type { Trajectory, TrajectoryStep } from './contract.ts';

const lineage = new Set(['modelledOn', 'succeeds', 'amends', 'partOf', 'establishes']);

function walk(graph: CaseGraph, start: string, direction: 'out' | 'in', maxDepth: number): TrajectoryStep[] {
  const seen = new Set([start]);
  const steps: TrajectoryStep[] = [];
  let frontier = [start];
  for (let distance = 1; distance <= maxDepth && frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const node of frontier) {
      const edges = direction === 'out' ? graph.outEdges(node) : graph.inEdges(node);
      for (const edge of edges) {
        const type = graph.getEdgeAttribute(edge, 'type');
        if (!lineage.has(type)) continue;
        const other = direction === 'out' ? graph.target(edge) : graph.source(edge);
        if (seen.has(other)) continue;
        const attributes = graph.getNodeAttributes(other);
        if (attributes.kind !== 'mechanism' && attributes.kind !== 'measure') continue;
        seen.add(other);
        next.push(other);
        steps.push({
          id: other,
          name: attributes.shortName,
          ...(attributes.year !== undefined ? { year: attributes.year } : {}),
          relation: type,
          distance,
        });
      }
    }
    frontier = next.sort();
  }
  return steps.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
}

export function trajectory(graph: CaseGraph, id: string, maxDepth = 4): Trajectory {
  if (!graph.hasNode(id)) return { predecessors: [], successors: [] };
  return { predecessors: walk(graph, id, 'out', maxDepth), successors: walk(graph, id, 'in', maxDepth) };
}
