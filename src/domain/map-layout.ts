/**
 * The explorer's map laid out once, at build time (scripts/layout.ts writes it to graph.json), so every
 * reader sees the same map: the graph of the case-base (graph.ts) with each node's position seeded from
 * its year and a hash of its id (never Math.random), then ForceAtlas2 for a fixed number of iterations —
 * the same bytes for the same dataset. The file's shape is graph-file.ts.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildGraph, type EdgeType } from './graph.ts';
import { mapKinds, type MapFile, type MapKind, type MapNodeAttributes, type MapWords } from './graph-file.ts';
import { seededRandom } from './random.ts';
import type { CompiledCaseBase } from './schema.ts';

export const iterations = 800;
export const settings = {
  gravity: 0.5,
  scalingRatio: 12,
  slowDown: 4,
  linLogMode: false,
  barnesHutOptimize: false,
  strongGravityMode: true,
  edgeWeightInfluence: 1,
} as const;

/** Lineage pulls hardest, so a chain of agreements sits together; party membership pulls least, or the superpowers would swallow the map. */
export const edgeWeight: Record<EdgeType, number> = {
  succeeds: 3,
  amends: 3,
  modelledOn: 3,
  partOf: 2.5,
  establishes: 2,
  implementedBy: 1.5,
  triggeredBy: 2,
  testedBy: 2,
  governs: 0.6,
  partyTo: 0.25,
};

/** FNV-1a: a seed per id, so a node's start does not depend on the order of the others. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function layoutMap(caseBase: CompiledCaseBase): MapFile {
  const functionFeature = caseBase.codebook.features.find((f) => f.id === 'function');
  const domainFeature = caseBase.codebook.features.find((f) => f.id === 'domain');
  const familyOf = new Map(functionFeature?.values.map((v) => [v.id, v.family]) ?? []);
  const byId = new Map(caseBase.records.map((r) => [r.id, r]));
  // A copy: buildGraph caches its graph for the engine, which must not see positions.
  const graph = buildGraph(caseBase).copy();
  const drawn = new Set<string>(mapKinds);
  for (const id of graph.filterNodes((_, a) => !drawn.has(a.kind))) graph.dropNode(id);
  const years = graph.mapNodes((_, a) => a.year).filter((y): y is number => y !== undefined);
  const midYear = (Math.min(...years) + Math.max(...years)) / 2;
  graph.forEachNode((id, a) => {
    const record = byId.get(id)!;
    const coding = 'coding' in record ? record.coding : undefined;
    const functions = coding?.function?.value;
    const families = [
      ...new Set(
        (Array.isArray(functions) ? functions : [])
          .map((v) => familyOf.get(v))
          .filter((f): f is string => f !== undefined),
      ),
    ];
    const domain = coding?.domain?.value;
    const random = seededRandom(hash(id));
    // Older records start on the left, newer on the right; FA2 keeps some of that drift.
    const x = a.year !== undefined ? (a.year - midYear) / 5 : (random() - 0.5) * 20;
    const y = (random() - 0.5) * 20;
    const attributes: MapNodeAttributes = {
      x,
      y,
      kind: a.kind as MapKind,
      label: a.shortName,
      name: a.name,
      ...('commonNames' in record && record.commonNames.length > 0 ? { commonNames: record.commonNames } : {}),
      ...(a.year !== undefined ? { year: a.year } : {}),
      families,
      ...(typeof domain === 'string' ? { domain } : {}),
      ...(record.kind === 'actor' ? { actorType: record.type } : {}),
    };
    graph.replaceNodeAttributes(id, attributes as never);
  });
  forceAtlas2.assign(graph, {
    iterations,
    settings,
    getEdgeWeight: (_edge, attributes) => edgeWeight[(attributes as { type: EdgeType }).type],
  });
  const serialised = graph.export();
  return {
    attributes: {
      datasetVersion: caseBase.datasetVersion,
      families: functionFeature?.families.map((f) => ({ id: f.id, label: f.label })) ?? [],
      domains:
        domainFeature?.values.map((v) => ({
          id: v.id,
          label: v.label,
          ...(v.parent !== undefined ? { parent: v.parent } : {}),
        })) ?? [],
      eras: caseBase.codebook.eras.map((e) => ({
        id: e.id,
        label: e.label,
        from: e.from,
        ...(e.to !== undefined ? { to: e.to } : {}),
      })),
      // The explorer's "spread what is shown" re-runs FA2 in the browser with these same settings and weights.
      layout: { algorithm: 'ForceAtlas2', iterations, settings, edgeWeights: edgeWeight },
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: serialised.nodes.map((n) => {
      const attributes = n.attributes as unknown as MapNodeAttributes;
      return { key: n.key, attributes: { ...attributes, x: round(attributes.x), y: round(attributes.y) } };
    }),
    edges: serialised.edges.map((e) => ({
      key: e.key!,
      source: e.source,
      target: e.target,
      attributes: { type: (e.attributes as { type: EdgeType }).type },
    })),
  };
}

/** The map's words in Chinese (graph-zh.json): the records', families' and domains' Chinese, where they have it. */
export function mapWordsInChinese(caseBase: CompiledCaseBase): MapWords {
  const drawn = new Set<string>(mapKinds);
  const features = caseBase.codebook.features;
  const entries = <T extends { id: string }>(items: readonly T[], zh: (item: T) => string | undefined) =>
    Object.fromEntries(items.flatMap((item) => (zh(item) ? [[item.id, zh(item)!]] : [])));
  return {
    nodes: Object.fromEntries(
      caseBase.records.flatMap((r) =>
        drawn.has(r.kind) && r.kind !== 'verdict' && r.zh
          ? [[r.id, { label: r.zh.shortName ?? r.zh.name, name: r.zh.name }]]
          : [],
      ),
    ),
    families: entries(features.find((f) => f.id === 'function')?.families ?? [], (f) => f.zh?.label),
    domains: entries(features.find((f) => f.id === 'domain')?.values ?? [], (v) => v.zh?.label),
  };
}
