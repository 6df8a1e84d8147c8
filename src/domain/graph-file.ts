/**
 * The explorer's map of the case-base: the graph of graph.ts with what the explorer filters and draws
 * on (function families, domain, actor type) and the positions laid out at build time. The file is
 * graphology's serialised form, so the browser loads it with `graph.import()`.
 */
import type { EdgeType } from './graph.ts';

/**
 * The kinds of record the map draws. Others (such as published verdicts, which compare two records
 * rather than stand for one) are left to the record pages and the list.
 */
export const mapKinds = ['mechanism', 'measure', 'event', 'actor', 'technology'] as const;
export type MapKind = (typeof mapKinds)[number];

export interface MapNodeAttributes {
  x: number;
  y: number;
  kind: MapKind;
  /** Short name: what a label on the map can hold. */
  label: string;
  name: string;
  /** Other names readers use ("Caribbean crisis", "the Hotline"), for the search box; absent when none. */
  commonNames?: string[];
  year?: number;
  /** Function families of a mechanism or measure, the family of its first function value first. */
  families: string[];
  /** Value of the `domain` taxonomy, where coded. */
  domain?: string;
  /** For actors: a state, or an organisation or institution of some type. */
  actorType?: string;
}

export interface MapEdgeAttributes {
  type: EdgeType;
}

export interface MapAttributes {
  datasetVersion: string;
  families: { id: string; label: string }[];
  domains: { id: string; label: string; parent?: string }[];
  /** The codebook's named eras, the same the comparison engine filters by; `to` absent runs to the present. */
  eras: { id: string; label: string; from: number; to?: number }[];
  /** How the map was laid out; the explorer re-runs ForceAtlas2 on a filtered view with the same settings and edge weights. */
  layout: {
    algorithm: 'ForceAtlas2';
    iterations: number;
    settings: Record<string, number | boolean>;
    edgeWeights: Partial<Record<EdgeType, number>>;
  };
}

export interface MapFile {
  attributes: MapAttributes;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: MapNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: MapEdgeAttributes }[];
}

/**
 * The map's words in another language (graph-zh.json for the Chinese explorer at /zh/), apart from the map
 * so that a reader in English never downloads them: each record's label and name, and the function families'
 * and domains' labels, where the case-base and the codebook have them.
 */
export interface MapWords {
  nodes: Record<string, { label: string; name: string }>;
  families: Record<string, string>;
  domains: Record<string, string>;
}
