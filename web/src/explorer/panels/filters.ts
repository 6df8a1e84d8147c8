/**
 * Filters panel: domain (a taxonomy, so choosing "military" keeps naval agreements too), the era — one
 * click for a named era, year fields to type, two sliders to drag, and whether undated records stay —
 * a reset, and a live count of what is shown.
 */
import type { MapAttributes } from '@domain/graph-file.ts';
import { byId, h } from '../../shared/dom.ts';
import { eraYears, erasOf } from '../eras.ts';
import type { MapFilters, Store } from '../state.ts';
import { defaultFilters, type MapIndex } from '../visibility.ts';
import { messagesEn } from '@domain/i18n/messages-en.ts';
import { t, type MessageKey } from '../../shared/lang.ts';

export function mountFilters(
  index: MapIndex,
  attributes: MapAttributes,
  store: Store,
  visibleCount: () => number,
): void {
  const depth = (id: string) => (index.domainAncestry.get(id)?.length ?? 1) - 1;
  const domain = byId<HTMLSelectElement>('filter-domain');
  domain.replaceChildren(
    h('option', { value: '' }, t('explorer.everyDomain')),
    ...attributes.domains
      .filter((d) => d.parent !== undefined)
      .map((d) => h('option', { value: d.id }, `${'\u2003'.repeat(Math.max(depth(d.id) - 1, 0))}${d.label}`)),
  );
  const from = byId<HTMLInputElement>('filter-from');
  const to = byId<HTMLInputElement>('filter-to');
  const fromYear = byId<HTMLInputElement>('filter-from-year');
  const toYear = byId<HTMLInputElement>('filter-to-year');
  for (const input of [from, to, fromYear, toYear]) {
    input.min = String(index.years.min);
    input.max = String(index.years.max);
  }
  const undated = byId<HTMLInputElement>('filter-undated');
  const status = byId('filter-status');
  const presets = erasOf(attributes).map((era) => {
    const years = eraYears(era, index.years);
    const label = `explorer.era.${era.id}`;
    const text = label in messagesEn ? t(label as MessageKey) : era.label;
    const button = h('button', { type: 'button', 'data-era': era.id, 'aria-pressed': 'false' }, text);
    button.addEventListener('click', () => store.update({ filters: { ...store.get().filters, ...years } }));
    return { button, years };
  });
  byId('era-presets').replaceChildren(...presets.map((p) => p.button));

  const show = () => {
    const { filters } = store.get();
    domain.value = filters.domain ?? '';
    from.value = String(filters.from);
    to.value = String(filters.to);
    // A year field being typed in keeps what the reader typed until it is committed.
    if (document.activeElement !== fromYear) fromYear.value = String(filters.from);
    if (document.activeElement !== toYear) toYear.value = String(filters.to);
    undated.checked = filters.keepUndated;
    for (const p of presets)
      p.button.setAttribute('aria-pressed', String(p.years.from === filters.from && p.years.to === filters.to));
    status.textContent = t('explorer.showing', { shown: visibleCount(), all: index.nodes.length });
  };

  const update = (change: Partial<MapFilters>) => store.update({ filters: { ...store.get().filters, ...change } });
  const clamp = (year: number) => Math.min(Math.max(Math.round(year), index.years.min), index.years.max);
  // The two ends may not cross: moving one past the other pushes the other along.
  const setFrom = (year: number) => update({ from: year, to: Math.max(year, store.get().filters.to) });
  const setTo = (year: number) => update({ to: year, from: Math.min(year, store.get().filters.from) });

  domain.addEventListener('change', () => update({ domain: domain.value || undefined }));
  from.addEventListener('input', () => setFrom(Number(from.value)));
  to.addEventListener('input', () => setTo(Number(to.value)));
  // Typed years take effect when committed (Enter or leaving the field), not at every keystroke.
  fromYear.addEventListener('change', () => {
    if (fromYear.value.trim() !== '' && Number.isFinite(Number(fromYear.value))) setFrom(clamp(Number(fromYear.value)));
    fromYear.value = String(store.get().filters.from);
  });
  toYear.addEventListener('change', () => {
    if (toYear.value.trim() !== '' && Number.isFinite(Number(toYear.value))) setTo(clamp(Number(toYear.value)));
    toYear.value = String(store.get().filters.to);
  });
  undated.addEventListener('change', () => update({ keepUndated: undated.checked }));
  byId('filter-reset').addEventListener('click', () => store.update({ filters: defaultFilters(index) }));
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selected !== previous.selected) show();
  });
  show();
}
