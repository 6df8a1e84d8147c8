/**
 * Two records side by side, feature by feature (GET /api/v1/compare): each value with its confidence
 * and coding note, the local similarity, and the shared features and disanalogies in sentences, each with
 * its confidence, notes and sources.
 */
import type { Comparison } from '@domain/match/contract.ts';
import { byId, h } from '../shared/dom.ts';
import { dataTable } from '../shared/table.ts';
import { evidenceList } from './evidence.ts';
import { localPath, t } from './page-words.ts';

/** The words of this view, from the message catalogue. */
const text = {
  choose: t('wb.pair.choose'),
  measures: t('wb.measures'),
  mechanisms: t('wb.mechanisms'),
  recordA: t('wb.pair.recordA'),
  recordB: t('wb.pair.recordB'),
  compare: t('wb.pair.compare'),
  notCoded: t('wb.pair.notCoded'),
  score: (score: number) => t('wb.results.score', { score: score.toFixed(2) }),
  figures: (similarity: number, coverage: number) =>
    t('wb.results.figures', { similarity: similarity.toFixed(2), coverage: `${Math.round(coverage * 100)} %` }),
  caption: (a: string, b: string) => t('wb.pair.caption', { a, b }),
  feature: t('wb.results.feature'),
  similarity: t('wb.results.similarity'),
  weight: t('wb.results.weight'),
  shared: t('wb.pair.shared'),
  disanalogies: t('wb.results.disanalogies'),
  empty: t('wb.pair.empty'),
  confidence: (confidence: 'low' | 'medium' | 'high') => ` (${t(`wb.confidence.${confidence}`)})`,
};

export interface RecordChoice {
  id: string;
  name: string;
  kind: string;
}

export interface SideBySideProps {
  records: RecordChoice[];
  a?: string;
  b?: string;
  comparison?: Comparison;
  error?: string;
  onChoose(a: string, b: string): void;
}

function picker(id: string, label: string, records: RecordChoice[], value: string | undefined) {
  const group = (kind: string, title: string) =>
    h(
      'optgroup',
      { label: title },
      records.filter((r) => r.kind === kind).map((r) => h('option', { value: r.id }, r.name)),
    );
  const select = h(
    'select',
    { id, name: id },
    h('option', { value: '' }, text.choose),
    group('measure', text.measures),
    group('mechanism', text.mechanisms),
  );
  select.value = value ?? '';
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

function cell(side: Comparison['features'][number]['a']) {
  if (!side) return h('td', { class: 'uncoded' }, text.notCoded);
  return h(
    'td',
    {},
    side.label,
    h('span', { class: 'hint' }, text.confidence(side.confidence)),
    side.note ? h('div', { class: 'note' }, side.note) : null,
  );
}

function comparisonView(c: Comparison) {
  const sides = { query: `${c.a.name} (A)`, precedent: `${c.b.name} (B)` };
  return h(
    'div',
    { class: 'comparison' },
    h('p', {}, h('strong', {}, text.score(c.score)), text.figures(c.similarity, c.coverage)),
    dataTable(
      text.caption(c.a.name, c.b.name),
      [
        text.feature,
        h('a', { href: localPath(`/cases/${c.a.id}`) }, c.a.name),
        h('a', { href: localPath(`/cases/${c.b.id}`) }, c.b.name),
        text.similarity,
        text.weight,
      ],
      c.features.map((f) => ({
        head: f.label,
        cells: [cell(f.a), cell(f.b), f.similarity === null ? '—' : f.similarity.toFixed(2), String(f.weight)],
      })),
    ),
    c.shared.length > 0 ? evidenceList(text.shared, 'shared', c.shared, sides, 'h3') : null,
    c.disanalogies.length > 0 ? evidenceList(text.disanalogies, 'disanalogies', c.disanalogies, sides, 'h3') : null,
  );
}

export function renderSideBySide(props: SideBySideProps): void {
  const form = h(
    'form',
    { class: 'pair' },
    picker('pair-a', text.recordA, props.records, props.a),
    picker('pair-b', text.recordB, props.records, props.b),
    h('button', { type: 'submit' }, text.compare),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = (form.querySelector('#pair-a') as HTMLSelectElement).value;
    const b = (form.querySelector('#pair-b') as HTMLSelectElement).value;
    if (a && b) props.onChoose(a, b);
  });
  byId('side-by-side-body').replaceChildren(
    form,
    props.error ? h('p', { role: 'alert', class: 'error' }, props.error) : h('span'),
    props.comparison ? comparisonView(props.comparison) : h('p', { class: 'hint' }, text.empty),
  );
}
