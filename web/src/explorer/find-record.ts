/** The search box's matching, pure so it is tested without a browser. */
import type { MapIndex } from './visibility.ts';

/**
 * Exact name, short name or id first; then records whose names contain every word, those whose short
 * name starts with the words first, mechanisms and measures before crises and actors.
 */
export function findRecord(index: MapIndex, query: string): string | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const exact = index.nodes.find(({ id, attributes: a }) => a.name.toLowerCase() === q || a.label.toLowerCase() === q || id === q);
  if (exact) return exact.id;
  const words = q.split(/\s+/);
  const kindRank = (kind: string) => (kind === 'mechanism' ? 0 : kind === 'measure' ? 1 : kind === 'event' ? 2 : 3);
  const rank = (a: MapIndex['nodes'][number]['attributes']) => (a.label.toLowerCase().startsWith(q) ? 0 : 4) + kindRank(a.kind);
  const hits = index.nodes.filter(({ id, attributes: a }) => words.every((w) => `${a.name} ${a.label} ${id}`.toLowerCase().includes(w)));
  hits.sort((x, y) => rank(x.attributes) - rank(y.attributes) || (x.attributes.year ?? 9999) - (y.attributes.year ?? 9999) || x.id.localeCompare(y.id));
  return hits[0]?.id;
}
