/**
 * The explorer's view in the address bar (selected record and filters), so a view can be shared:
 * `/?node=us-ussr-incsea-1972&family=communication,restraint&from=1960&to=1990&undated=1`
 * (`select=` is read as `node=`; `lit=a,b` lights the selected record's lineage family, as the workbench's
 * "show on map" asks). Only what differs from the default is written.
 */
import type { MapKind } from '@domain/graph-file.ts';
import { litNow, type ExplorerState, type MapFilters } from './state.ts';
import { defaultFilters, type MapIndex } from './visibility.ts';

export function readUrl(index: MapIndex, defaults: MapFilters, search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const list = (name: string, allowed: readonly string[]) => {
    const raw = params.get(name);
    return raw === null ? undefined : raw.split(',').filter((v) => allowed.includes(v));
  };
  const year = (name: string, fallback: number) => {
    const n = Number(params.get(name));
    return params.has(name) && Number.isInteger(n) ? Math.min(Math.max(n, index.years.min), index.years.max) : fallback;
  };
  const families = list('family', index.familyIds);
  const kinds = list('kind', index.kinds) as MapKind[] | undefined;
  const domain = params.get('domain') ?? undefined;
  // `select` is what other pages link with (a record page's "show on the map"); `node` is the older name.
  const node = params.get('select') ?? params.get('node') ?? undefined;
  const from = year('from', defaults.from);
  const to = Math.max(year('to', defaults.to), from);
  const selected = node !== undefined && index.neighbours.has(node) ? node : undefined;
  const lit = list('lit', [...index.neighbours.keys()]);
  return {
    filters: {
      families: families ? new Set(families) : defaults.families,
      kinds: kinds ? new Set(kinds) : defaults.kinds,
      ...(domain !== undefined && index.domainAncestry.has(domain) ? { domain } : {}),
      from,
      to,
      keepUndated: params.has('undated') ? params.get('undated') === '1' : defaults.keepUndated,
    },
    ...(selected !== undefined ? { selected } : {}),
    ...(selected !== undefined && lit && lit.length > 0 ? { lit: { for: selected, ids: new Set(lit) } } : {}),
  };
}

export function writeUrl(index: MapIndex, state: ExplorerState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  const defaults = defaultFilters(index);
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((v) => b.has(v));
  if (state.selected !== undefined) params.set('node', state.selected);
  const lit = litNow(state);
  if (lit) params.set('lit', [...lit].sort().join(','));
  if (filters.families.size < index.familyIds.length)
    params.set('family', index.familyIds.filter((f) => filters.families.has(f)).join(','));
  if (!same(filters.kinds, defaults.kinds))
    params.set('kind', index.kinds.filter((k) => filters.kinds.has(k)).join(','));
  if (filters.domain !== undefined) params.set('domain', filters.domain);
  if (filters.from > index.years.min) params.set('from', String(filters.from));
  if (filters.to < index.years.max) params.set('to', String(filters.to));
  if (filters.keepUndated !== defaults.keepUndated) params.set('undated', filters.keepUndated ? '1' : '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}
