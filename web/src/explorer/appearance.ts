/**
 * How the map looks: one shape per kind of record, one colour per function family (and per kind where
 * there is no family), one line style per relation. The legend is drawn from these same tables, so the
 * key can never disagree with the map. Colours are hex: sigma 3 cannot parse hsl() and draws it black.
 * Colour never carries meaning alone: kinds differ by shape, relations by width and arrowheads as well,
 * and the details panel says everything in words.
 */
import type { EdgeType } from '@domain/graph.ts';
import type { MapKind, MapNodeAttributes } from '@domain/graph-file.ts';

export type Shape = 'circle' | 'diamond' | 'triangle' | 'square' | 'square-outline' | 'ring';

export const kindAppearance: Record<MapKind, { label: string; plural: string; shape: Shape }> = {
  mechanism: { label: 'Historical mechanism', plural: 'Historical mechanisms', shape: 'circle' },
  measure: { label: 'Proposed AI measure', plural: 'Proposed AI measures', shape: 'diamond' },
  event: { label: 'Crisis or incident', plural: 'Crises and incidents', shape: 'triangle' },
  actor: { label: 'State', plural: 'States, organisations and institutions', shape: 'square' },
  technology: { label: 'Technology profile', plural: 'Technology profiles', shape: 'ring' },
};

/** Organisations and institutions are drawn hollow, states solid. */
export const institutionShape: Shape = 'square-outline';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const familyColour: Record<string, string> = {
  communication: '#0072b2',
  transparency: '#e69f00',
  restraint: '#cc79a7',
  cooperation: '#009e73',
  institution: '#56b4e9',
};
export const uncodedColour = '#9a9a9a';
export const kindColour = {
  event: '#a23b2a',
  state: '#6e6e6e',
  institution: '#8c6d46',
  technology: '#3f3f8f',
} as const;
export const fadedColour = '#e4e2dc';

export function nodeShape(a: MapNodeAttributes): Shape {
  if (a.kind === 'actor' && a.actorType !== 'state') return institutionShape;
  return kindAppearance[a.kind].shape;
}

export function nodeColour(a: MapNodeAttributes): string {
  switch (a.kind) {
    case 'mechanism':
    case 'measure':
      return familyColour[a.families[0]] ?? uncodedColour;
    case 'event':
      return kindColour.event;
    case 'actor':
      return a.actorType === 'state' ? kindColour.state : kindColour.institution;
    case 'technology':
      return kindColour.technology;
  }
}

/** Area grows with the number of links, gently, so the superpowers do not cover the map. */
export function nodeSize(a: MapNodeAttributes, degree: number): number {
  const base = a.kind === 'actor' ? 2.5 : 4;
  return Math.min(base + 1.4 * Math.sqrt(degree), 15);
}

export interface EdgeStyle {
  label: string;
  colour: string;
  size: number;
  /** sigma edge program: arrows for relations that point somewhere in time or rank. */
  program: 'arrow' | 'line';
}

/**
 * One colour per relation, so no two read alike in the legend or on the map: lineage in dark and blue
 * tones, institutions in browns, crises in reds, context in pale tints that recede.
 */
export const edgeAppearance: Record<EdgeType, EdgeStyle> = {
  succeeds: { label: 'succeeds', colour: '#1d1d1f', size: 2.5, program: 'arrow' },
  amends: { label: 'amends', colour: '#7b4fa6', size: 2, program: 'arrow' },
  modelledOn: { label: 'modelled on', colour: '#1f5f99', size: 2.5, program: 'arrow' },
  partOf: { label: 'part of', colour: '#2e8b74', size: 2, program: 'arrow' },
  establishes: { label: 'establishes', colour: '#8c5a1e', size: 2, program: 'arrow' },
  implementedBy: { label: 'implemented by', colour: '#c99a3a', size: 1.5, program: 'arrow' },
  triggeredBy: { label: 'triggered by (crisis)', colour: '#a23b2a', size: 2, program: 'arrow' },
  testedBy: { label: 'tested by (crisis)', colour: '#e0806c', size: 1.5, program: 'arrow' },
  governs: { label: 'governs technology', colour: '#a9a9e0', size: 1, program: 'line' },
  partyTo: { label: 'party to', colour: '#d3d0c8', size: 0.6, program: 'line' },
};

/** Order of the edge legend: lineage first, context last. */
export const edgeLegendOrder: EdgeType[] = [
  'succeeds',
  'amends',
  'modelledOn',
  'partOf',
  'establishes',
  'implementedBy',
  'triggeredBy',
  'testedBy',
  'governs',
  'partyTo',
];
