/**
 * Two records side by side, feature by feature (GET /api/v1/compare): each value with its confidence
 * and coding note, the local similarity, and the shared features and disanalogies in sentences.
 */
import type { Comparison } from '@domain/match/contract.ts';
import { byId, h } from '../shared/dom.ts';

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
    h('option', { value: '' }, '— choose —'),
    group('measure', 'Proposed AI measures'),
    group('mechanism', 'Historical mechanisms'),
  );
  select.value = value ?? '';
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

function cell(side: Comparison['features'][number]['a']) {
  if (!side) return h('td', { class: 'uncoded' }, 'not coded');
  return h(
    'td',
    {},
    side.label,
    h('span', { class: 'hint' }, ` (${side.confidence})`),
    side.note ? h('div', { class: 'note' }, side.note) : null,
  );
}

export function renderSideBySide(props: SideBySideProps): void {
  const form = h(
    'form',
    { class: 'pair' },
    picker('pair-a', 'Record A', props.records, props.a),
    picker('pair-b', 'Record B', props.records, props.b),
    h('button', { type: 'submit' }, 'Compare A and B'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = (form.querySelector('#pair-a') as HTMLSelectElement).value;
    const b = (form.querySelector('#pair-b') as HTMLSelectElement).value;
    if (a && b) props.onChoose(a, b);
  });
  const c = props.comparison;
  byId('side-by-side-body').replaceChildren(
    form,
    props.error ? h('p', { role: 'alert', class: 'error' }, props.error) : h('span'),
    c
      ? h(
          'div',
          { class: 'comparison' },
          h(
            'p',
            {},
            h('strong', {}, `Score ${c.score.toFixed(2)}`),
            ` · similarity ${c.similarity.toFixed(2)} · coverage ${Math.round(c.coverage * 100)} %`,
          ),
          h(
            'table',
            {},
            h('caption', {}, `${c.a.name} (A) and ${c.b.name} (B), feature by feature`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Feature'),
                h('th', { scope: 'col' }, h('a', { href: `/cases/${c.a.id}` }, c.a.name)),
                h('th', { scope: 'col' }, h('a', { href: `/cases/${c.b.id}` }, c.b.name)),
                h('th', { scope: 'col' }, 'Similarity'),
                h('th', { scope: 'col' }, 'Weight'),
              ),
            ),
            h(
              'tbody',
              {},
              c.features.map((f) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, f.label),
                  cell(f.a),
                  cell(f.b),
                  h('td', {}, f.similarity === null ? '—' : f.similarity.toFixed(2)),
                  h('td', {}, String(f.weight)),
                ),
              ),
            ),
          ),
          c.shared.length > 0
            ? h(
                'div',
                { class: 'shared' },
                h('h3', {}, 'Shared'),
                h(
                  'ul',
                  {},
                  c.shared.map((p) => h('li', {}, p.text)),
                ),
              )
            : null,
          c.disanalogies.length > 0
            ? h(
                'div',
                { class: 'disanalogies' },
                h('h3', {}, 'Disanalogies'),
                h(
                  'ul',
                  {},
                  c.disanalogies.map((p) => h('li', {}, p.text)),
                ),
              )
            : null,
        )
      : h('p', { class: 'hint' }, 'Choose two records, or press “Side by side” on a result.'),
  );
}
