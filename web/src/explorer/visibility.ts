/**
 * Which records the filters leave on the map. Mechanisms and measures are filtered by function family,
 * domain and era; crises by era. States, organisations and technology profiles are context: once any
 * filter narrows the map they stay only beside a record still shown, or they would crowd out the
 * records the reader asked for. Records without a year (most proposed measures) pass the era filter.
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

export function defaultFilters(index: MapIndex): MapFilters {
  return { families: new Set(index.familyIds), kinds: new Set(index.kinds), from: index.years.min, to: index.years.max };
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
  const inEra = (a: MapNodeAttributes) => a.year === undefined || (a.year >= filters.from && a.year <= filters.to);
  const shown = new Set<string>();
  for (const { id, attributes: a } of index.nodes) {
    if (!filters.kinds.has(a.kind) || contextKinds.has(a.kind) || a.kind === 'event') continue;
    if (!inEra(a)) continue;
    if (filters.families.size < index.familyIds.length && !a.families.some((f) => filters.families.has(f))) continue;
    if (filters.domain !== undefined && !(a.domain !== undefined && index.domainAncestry.get(a.domain)?.includes(filters.domain))) continue;
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
