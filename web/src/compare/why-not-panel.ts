/**
 * "Where does … rank?": for a mechanism the reader expected, its rank for the current question, the gap
 * to the last result shown, and the features that cost it (GET /api/v1/match/explain). What is shown is
 * what the engine returned.
 */
import type { Codebook } from '@domain/schema.ts';
import type { Explanation } from '@domain/match/contract.ts';
import { getJson } from '../shared/api.ts';
import { byId, h } from '../shared/dom.ts';
import type { RecordChoice } from './side-by-side.ts';

const fixed = (x: number) => x.toFixed(3);

export function mountWhyNot(
  records: RecordChoice[],
  codebook: Codebook,
  current: () => URLSearchParams | undefined,
): { clear(): void } {
  const form = byId<HTMLFormElement>('why-form');
  const select = byId<HTMLSelectElement>('why-candidate');
  const answer = byId('why-answer');
  select.replaceChildren(
    h('option', { value: '' }, '— choose a mechanism —'),
    ...records
      .filter((r) => r.kind === 'mechanism')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((r) => h('option', { value: r.id }, r.name)),
  );
  const label = new Map(codebook.features.map((f) => [f.id, f.label]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = current();
    if (!params) {
      answer.textContent = 'Ask a question first: choose a measure or describe one.';
      return;
    }
    if (!select.value) {
      answer.textContent = 'Choose a mechanism first.';
      return;
    }
    params.set('candidate', select.value);
    answer.setAttribute('aria-busy', 'true');
    answer.textContent = 'Looking…';
    getJson<Explanation>(`/api/v1/match/explain?${params}`)
      .then((e) => render(e))
      .catch((error: unknown) => (answer.textContent = `The explanation failed: ${(error as Error).message}`))
      .finally(() => answer.removeAttribute('aria-busy'));
  });

  function render(e: Explanation) {
    const headline =
      e.rank === null
        ? `${e.candidate.name} is not ranked for this question.`
        : `${e.candidate.name} ranks ${e.rank}${e.lane === 'contemporary' ? ' among the records already under way' : ''}, with score ${fixed(e.score)}` +
          (e.cutoff && e.rank > e.cutoff.rank
            ? `; the last result shown (rank ${e.cutoff.rank}) scores ${fixed(e.cutoff.score)}, ${fixed(e.gap)} more.`
            : '.');
    const costly = e.features.filter((f) => f.versusCutoff < 0).slice(0, 6);
    answer.replaceChildren(
      ...[
        h('p', {}, headline),
        e.notes.length > 0
          ? h(
              'ul',
              { class: 'notes' },
              e.notes.map((n) => h('li', {}, n)),
            )
          : null,
        costly.length > 0 && e.cutoff
          ? h(
              'table',
              {},
              h('caption', {}, 'Features that cost it against the last result shown (points of the score)'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, 'Feature'),
                  h('th', { scope: 'col' }, 'Similarity'),
                  h('th', { scope: 'col' }, 'Its points'),
                  h('th', { scope: 'col' }, 'Against the cutoff'),
                ),
              ),
              h(
                'tbody',
                {},
                costly.map((f) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, label.get(f.feature) ?? f.feature),
                    h('td', {}, f.similarity === null ? 'not coded' : f.similarity.toFixed(2)),
                    h('td', {}, fixed(f.contribution)),
                    h('td', {}, fixed(f.versusCutoff)),
                  ),
                ),
              ),
            )
          : null,
      ].filter((x) => x !== null),
    );
  }

  return {
    clear() {
      answer.replaceChildren();
    },
  };
}
