/**
 * Which records the filters leave on the map. Mechanisms and measures are filtered by function family,
 * domain and era; crises by era. States, organisations and technology profiles are context: once any
 * filter narrows the map they stay only beside a record still shown, or they would crowd out the
 * records the reader asked for. Records without a year (most proposed measures) leave when an era is set,
 * unless the reader keeps them.
 * Pure, so it is tested without a browser.
 */
import type { MapKind, MapNodeAttributes } from '@domain/graph-file.ts';
import type { MapFilters } from './state.ts';

export interface MapIndex {
  nodes: { id: string; attributes: MapNodeAttributes }[];
  neighbours: Map<string, string[]>;
  /** Each domain value's chain of ancestors, from itself up to the root. */
  domainAncestry: Map<string, string[]>;
  familyIds: string[];
  kinds: MapKind[];
  years: { min: number; max: number };
}

/**
 * The view a reader first sees: every record but the states and organisations, which are context (a
 * hundred of them would form a grey block in the middle) and come back with one tick in the legend.
 */
export function defaultFilters(index: MapIndex): MapFilters {
  const kinds = new Set(index.kinds.filter((k) => k !== 'actor'));
  return { families: new Set(index.familyIds), kinds, from: index.years.min, to: index.years.max, keepUndated: false };
}

/** Whether the era slider has been moved off the map's whole span. */
export function eraSet(index: MapIndex, filters: MapFilters): boolean {
  return filters.from > index.years.min || filters.to < index.years.max;
}

const contextKinds = new Set<MapKind>(['actor', 'technology']);

export function isNarrowed(index: MapIndex, filters: MapFilters): boolean {
  return (
    filters.families.size < index.familyIds.length ||
    filters.kinds.size < index.kinds.length ||
    filters.domain !== undefined ||
    filters.from > index.years.min ||
    filters.to < index.years.max
  );
}

export function visibleNodes(index: MapIndex, filters: MapFilters, alwaysShow?: string): Set<string> {
  const narrowed = isNarrowed(index, filters);
  const familyNarrowed = filters.families.size < index.familyIds.length || filters.domain !== undefined;
  // With an era set, a record without a year cannot be said to fall in it: it leaves unless kept on purpose.
  const undatedPass = !eraSet(index, filters) || filters.keepUndated;
  const inEra = (a: MapNodeAttributes) =>
    a.year === undefined ? undatedPass : a.year >= filters.from && a.year <= filters.to;
  const shown = new Set<string>();
  for (const { id, attributes: a } of index.nodes) {
    if (!filters.kinds.has(a.kind) || contextKinds.has(a.kind) || a.kind === 'event') continue;
    if (!inEra(a)) continue;
    if (filters.families.size < index.familyIds.length && !a.families.some((f) => filters.families.has(f))) continue;
    if (
      filters.domain !== undefined &&
      !(a.domain !== undefined && index.domainAncestry.get(a.domain)?.includes(filters.domain))
    )
      continue;
    shown.add(id);
  }
  // Crises follow the era; under a family or domain filter, only those that touched a record shown.
  for (const { id, attributes: a } of index.nodes) {
    if (a.kind !== 'event' || !filters.kinds.has('event') || !inEra(a)) continue;
    if (familyNarrowed && !index.neighbours.get(id)!.some((n) => shown.has(n))) continue;
    shown.add(id);
  }
  const primary = new Set(shown);
  for (const { id, attributes: a } of index.nodes) {
    if (!contextKinds.has(a.kind) || !filters.kinds.has(a.kind)) continue;
    if (narrowed && !index.neighbours.get(id)!.some((n) => primary.has(n))) continue;
    shown.add(id);
  }
  if (alwaysShow !== undefined) shown.add(alwaysShow);
  return shown;
}
