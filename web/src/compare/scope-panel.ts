/**
 * Period and grouping: whether lineage families are shown once (the default) or every record alone, and
 * which years the precedents may come from — a named era of the codebook, or from/to years.
 */
import type { Codebook } from '@domain/schema.ts';
import { byId, h } from '../shared/dom.ts';
import type { WorkbenchState } from './state.ts';
import { labelOf, t } from './page-words.ts';

/** The words of this panel, from the message catalogue; the eras' names are the codebook's. */
const text = {
  anyEra: t('wb.scope.anyEra'),
  era: (label: string, from: number, to: number | undefined) =>
    t('wb.eraYears', { label, from, to: to ?? t('wb.today') }),
};

export interface Scope {
  group?: 'none';
  era?: string;
  from?: number;
  to?: number;
}

export function mountScope(codebook: Codebook, onScope: (scope: Scope) => void): { show(state: WorkbenchState): void } {
  const form = byId<HTMLFormElement>('scope-form');
  const families = byId<HTMLInputElement>('group-families');
  const era = byId<HTMLSelectElement>('era');
  const from = byId<HTMLInputElement>('from-year');
  const to = byId<HTMLInputElement>('to-year');
  era.replaceChildren(
    h('option', { value: '' }, text.anyEra),
    ...codebook.eras.map((e) => h('option', { value: e.id }, text.era(labelOf(e), e.from, e.to))),
  );
  const year = (input: HTMLInputElement) =>
    input.value.trim() !== '' && Number.isInteger(Number(input.value)) ? Number(input.value) : undefined;
  const read = (): Scope => ({
    ...(families.checked ? {} : { group: 'none' as const }),
    ...(era.value ? { era: era.value } : {}),
    ...(year(from) !== undefined ? { from: year(from) } : {}),
    ...(year(to) !== undefined ? { to: year(to) } : {}),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onScope(read());
  });
  // The toggle and the era apply at once; years wait for Apply (or Enter), so typing 1 9 4 7 does not rank four times.
  families.addEventListener('change', () => onScope(read()));
  era.addEventListener('change', () => onScope(read()));
  return {
    show(state) {
      families.checked = state.group !== 'none';
      era.value = state.era ?? '';
      from.value = state.from !== undefined ? String(state.from) : '';
      to.value = state.to !== undefined ? String(state.to) : '';
    },
  };
}
