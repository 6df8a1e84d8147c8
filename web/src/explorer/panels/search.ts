/**
 * Search panel: a labelled search box with the record names as suggestions (the sigma demo's
 * `<input type=search>` + `<datalist>`), reachable by keyboard. Enter selects the best match, centres
 * the camera on it and opens its details.
 */
import { byId, h } from '../../shared/dom.ts';
import { kindAppearance } from '../appearance.ts';
import { findRecord } from '../find-record.ts';
import type { MapIndex } from '../visibility.ts';

export interface SearchHandlers {
  select(node: string): void;
}

export function mountSearch(index: MapIndex, handlers: SearchHandlers): void {
  const input = byId<HTMLInputElement>('search');
  const status = byId('search-status');
  const options = byId('search-options');
  // The suggestions are not needed to draw the map, nor to search (Enter matches on the index): they are
  // filled in after the first frame, so several hundred options do not hold up the map's first paint.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const collator = new Intl.Collator();
      const sorted = [...index.nodes].sort((a, b) => collator.compare(a.attributes.name, b.attributes.name));
      options.replaceChildren(
        ...sorted.map(({ attributes: a }) => h('option', { value: a.name }, `${kindAppearance[a.kind].label}${a.year !== undefined ? `, ${a.year}` : ''}`)),
      );
    }),
  );
  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const node = findRecord(index, input.value);
    if (node === undefined) {
      status.textContent = `No record matches “${input.value.trim()}”.`;
      return;
    }
    const name = index.nodes.find((n) => n.id === node)!.attributes.name;
    status.textContent = `Showing ${name} and its links.`;
    handlers.select(node);
  });
}
