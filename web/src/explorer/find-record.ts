/** The search box's matching, pure so it is tested without a browser. */
import { createNameSearch, type NameSearch } from '@domain/name-search.ts';
import type { MapIndex } from './visibility.ts';

const searches = new WeakMap<MapIndex, NameSearch>();

/**
 * Records matching what the reader typed, best first: an exact name, short name, common name or id;
 * then names with every word, forgiving a typo and an unfinished word (src/domain/name-search.ts).
 */
export function findRecords(index: MapIndex, query: string, limit = 8): string[] {
  let search = searches.get(index);
  if (!search) {
    const named = index.nodes.map(({ id, attributes: a }) => ({
      id,
      name: a.name,
      shortName: a.label,
      commonNames: a.commonNames,
    }));
    search = createNameSearch(named);
    searches.set(index, search);
  }
  return search(query, limit);
}

/** The best match, or undefined. */
export function findRecord(index: MapIndex, query: string): string | undefined {
  return findRecords(index, query, 1)[0];
}
