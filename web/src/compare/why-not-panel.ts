/**
 * "Where does … rank?": for a mechanism the reader expected, its rank for the current question, the gap
 * to the last result shown, and the features that cost it (GET /api/v1/match/explain). What is shown is
 * what the engine returned.
 */
import type { Codebook } from '@domain/schema.ts';
import type { Explanation } from '@domain/match/contract.ts';
import { getJson } from '../shared/api.ts';
import { byId, h } from '../shared/dom.ts';
import { dataTable } from '../shared/table.ts';
import type { RecordChoice } from './side-by-side.ts';

const fixed = (x: number) => x.toFixed(3);

/** The words of this panel, in one place for the message catalogue. */
const text = {
  choose: '— choose a mechanism —',
  askFirst: 'Ask a question first: choose a measure or describe one.',
  chooseFirst: 'Choose a mechanism first.',
  looking: 'Looking…',
  failed: (message: string) => `The explanation failed: ${message}`,
  caption: 'Features that cost it against the last result shown (points of the score)',
  feature: 'Feature',
  similarity: 'Similarity',
  points: 'Its points',
  against: 'Against the cutoff',
  notCoded: 'not coded',
  notRanked: (name: string) => `${name} is not ranked for this question.`,
  ranks: (name: string, rank: number, contemporary: boolean, score: string) =>
    `${name} ranks ${rank}${contemporary ? ' among the records already under way' : ''}, with score ${score}`,
  cutoff: (rank: number, score: string, gap: string) =>
    `; the last result shown (rank ${rank}) scores ${score}, ${gap} more.`,
};

export function mountWhyNot(
  records: RecordChoice[],
  codebook: Codebook,
  current: () => URLSearchParams | undefined,
): { clear(): void } {
  const form = byId<HTMLFormElement>('why-form');
  const select = byId<HTMLSelectElement>('why-candidate');
  const answer = byId('why-answer');
  select.replaceChildren(
    h('option', { value: '' }, text.choose),
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
      answer.textContent = text.askFirst;
      return;
    }
    if (!select.value) {
      answer.textContent = text.chooseFirst;
      return;
    }
    params.set('candidate', select.value);
    answer.setAttribute('aria-busy', 'true');
    answer.textContent = text.looking;
    getJson<Explanation>(`/api/v1/match/explain?${params}`)
      .then((e) => render(e))
      .catch((error: unknown) => (answer.textContent = text.failed((error as Error).message)))
      .finally(() => answer.removeAttribute('aria-busy'));
  });

  function render(e: Explanation) {
    const headline =
      e.rank === null
        ? text.notRanked(e.candidate.name)
        : text.ranks(e.candidate.name, e.rank, e.lane === 'contemporary', fixed(e.score)) +
          (e.cutoff && e.rank > e.cutoff.rank ? text.cutoff(e.cutoff.rank, fixed(e.cutoff.score), fixed(e.gap)) : '.');
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
          ? dataTable(
              text.caption,
              [text.feature, text.similarity, text.points, text.against],
              costly.map((f) => ({
                head: label.get(f.feature) ?? f.feature,
                cells: [
                  f.similarity === null ? text.notCoded : f.similarity.toFixed(2),
                  fixed(f.contribution),
                  fixed(f.versusCutoff),
                ],
              })),
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
