/**
 * Filters panel: domain (a taxonomy, so choosing "military" keeps naval agreements too), the era as a
 * timeline of two sliders, a reset, and a live count of what is shown.
 */
import type { MapAttributes } from '@domain/graph-file.ts';
import { byId, h } from '../../shared/dom.ts';
import type { Store } from '../state.ts';
import { defaultFilters, type MapIndex } from '../visibility.ts';

export function mountFilters(index: MapIndex, attributes: MapAttributes, store: Store, visibleCount: () => number): void {
  const depth = (id: string) => (index.domainAncestry.get(id)?.length ?? 1) - 1;
  const domain = byId<HTMLSelectElement>('filter-domain');
  domain.replaceChildren(
    h('option', { value: '' }, 'Every domain'),
    ...attributes.domains.filter((d) => d.parent !== undefined).map((d) => h('option', { value: d.id }, `${'\u2003'.repeat(Math.max(depth(d.id) - 1, 0))}${d.label}`)),
  );
  const from = byId<HTMLInputElement>('filter-from');
  const to = byId<HTMLInputElement>('filter-to');
  for (const slider of [from, to]) {
    slider.min = String(index.years.min);
    slider.max = String(index.years.max);
  }
  const fromOut = byId<HTMLOutputElement>('filter-from-value');
  const toOut = byId<HTMLOutputElement>('filter-to-value');
  const status = byId('filter-status');

  const show = () => {
    const { filters } = store.get();
    domain.value = filters.domain ?? '';
    from.value = String(filters.from);
    to.value = String(filters.to);
    fromOut.value = String(filters.from);
    toOut.value = String(filters.to);
    status.textContent = `Showing ${visibleCount()} of ${index.nodes.length} records.`;
  };

  domain.addEventListener('change', () => {
    const filters = store.get().filters;
    store.update({ filters: { ...filters, domain: domain.value || undefined } });
  });
  // The two ends may not cross: moving one past the other pushes the other along.
  from.addEventListener('input', () => {
    const filters = store.get().filters;
    const year = Number(from.value);
    store.update({ filters: { ...filters, from: year, to: Math.max(year, filters.to) } });
  });
  to.addEventListener('input', () => {
    const filters = store.get().filters;
    const year = Number(to.value);
    store.update({ filters: { ...filters, to: year, from: Math.min(year, filters.from) } });
  });
  byId('filter-reset').addEventListener('click', () => store.update({ filters: defaultFilters(index) }));
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selected !== previous.selected) show();
  });
  show();
}
