/**
 * Search panel: a labelled search box that forgives typos and finds records by their common names too
 * (find-record.ts). As the reader types, the best matches are listed as buttons to choose from; Enter
 * shows the best one, centres the camera on it and opens its details, and the list stays for the others.
 */
import { byId, h } from '../../shared/dom.ts';
import { kindAppearance } from '../appearance.ts';
import { findRecords } from '../find-record.ts';
import type { MapIndex } from '../visibility.ts';
import { t } from '../../shared/lang.ts';

export interface SearchHandlers {
  select(node: string): void;
}

export function mountSearch(index: MapIndex, handlers: SearchHandlers): void {
  const input = byId<HTMLInputElement>('search');
  const status = byId('search-status');
  const results = byId('search-results');
  const byIdMap = new Map(index.nodes.map((n) => [n.id, n.attributes]));

  const choose = (node: string) => {
    status.textContent = `Showing ${byIdMap.get(node)!.name} and its links.`;
    handlers.select(node);
  };

  const list = (matches: string[]) =>
    results.replaceChildren(
      ...matches.map((id) => {
        const a = byIdMap.get(id)!;
        const detail = `${kindAppearance[a.kind].label}${a.year !== undefined ? `, ${a.year}` : ''}`;
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'result', 'data-id': id, onclick: () => choose(id) },
            h('span', { class: 'result-name' }, a.name),
            h('span', { class: 'result-detail' }, detail),
          ),
        );
      }),
    );

  input.addEventListener('input', () => {
    const query = input.value.trim();
    const matches = query.length >= 2 ? findRecords(index, query) : [];
    list(matches);
    status.textContent =
      query.length < 2
        ? ''
        : matches.length === 0
          ? t('search.none', { query })
          : matches.length === 8
            ? t('search.best')
            : matches.length === 1
              ? t('search.one')
              : t('search.some', { count: matches.length });
  });

  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const matches = findRecords(index, input.value);
    list(matches);
    if (matches.length === 0) {
      status.textContent = t('search.none', { query: input.value.trim() });
      return;
    }
    choose(matches[0]);
  });
}
