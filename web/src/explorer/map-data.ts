/**
 * Loads the map laid out at build time (graph.json, see src/domain/map-layout.ts) into graphology, and
 * derives once what the filters and the reducers look up: neighbours, domain ancestry, node sizes.
 */
import Graph from 'graphology';
import type {
  MapAttributes,
  MapEdgeAttributes,
  MapFile,
  MapKind,
  MapNodeAttributes,
  MapWords,
} from '@domain/graph-file.ts';
import type { Lang } from '@domain/i18n/lang.ts';
import { kindAppearance, nodeSize } from './appearance.ts';
import { mapInLanguage } from './map-language.ts';
import type { MapIndex } from './visibility.ts';

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes, MapAttributes>;

export interface LoadedMap {
  graph: MapGraph;
  index: MapIndex;
  sizes: Map<string, number>;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`precedents: could not load the map (${url}: ${response.status})`);
  return (await response.json()) as T;
}

/** The map as laid out, in the page's language (its labels, names and legend words; fetched beside it). */
export async function loadMap(lang: Lang, url = '/graph.json'): Promise<LoadedMap> {
  const [map, words] = await Promise.all([
    fetchJson<MapFile>(url),
    lang === 'zh' ? fetchJson<MapWords>('/graph-zh.json') : undefined,
  ]);
  const file = mapInLanguage(map, words);
  const graph: MapGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(file);
  return {
    graph,
    index: indexMap(file),
    sizes: new Map(file.nodes.map((n) => [n.key, nodeSize(n.attributes, graph.degree(n.key))])),
  };
}

export function indexMap(file: MapFile): MapIndex {
  const neighbours = new Map<string, string[]>(file.nodes.map((n) => [n.key, []]));
  for (const e of file.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const parents = new Map(file.attributes.domains.map((d) => [d.id, d.parent]));
  const domainAncestry = new Map<string, string[]>();
  for (const d of file.attributes.domains) {
    const chain: string[] = [];
    for (let at: string | undefined = d.id; at !== undefined && chain.length <= parents.size; at = parents.get(at))
      chain.push(at);
    domainAncestry.set(d.id, chain);
  }
  const years = file.nodes.map((n) => n.attributes.year).filter((y): y is number => y !== undefined);
  const present = new Set(file.nodes.map((n) => n.attributes.kind));
  return {
    nodes: file.nodes.map((n) => ({ id: n.key, attributes: n.attributes })),
    neighbours,
    domainAncestry,
    familyIds: file.attributes.families.map((f) => f.id),
    kinds: (Object.keys(kindAppearance) as MapKind[]).filter((k) => present.has(k)),
    years: { min: Math.min(...years), max: Math.max(...years) },
  };
}
