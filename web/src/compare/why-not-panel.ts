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
import { englishData, labelOf, pageLang, t } from './page-words.ts';

const fixed = (x: number) => x.toFixed(3);

/** The words of this panel, from the message catalogue. */
const text = {
  choose: t('wb.why.choose'),
  askFirst: t('wb.why.askFirst'),
  chooseFirst: t('wb.why.chooseFirst'),
  looking: t('wb.why.looking'),
  failed: (message: string) => t('wb.why.failed', { message }),
  caption: t('wb.why.caption'),
  feature: t('wb.results.feature'),
  similarity: t('wb.results.similarity'),
  points: t('wb.why.points'),
  against: t('wb.why.against'),
  notCoded: t('wb.pair.notCoded'),
  notRanked: (name: string) => t('wb.why.notRanked', { name }),
  ranks: (name: string, rank: number, contemporary: boolean, score: string) =>
    t(contemporary ? 'wb.why.ranksContemporary' : 'wb.why.ranks', { name, rank, score }),
  cutoff: (rank: number, score: string, gap: string) => t('wb.why.cutoff', { rank, score, gap }),
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
      .sort((a, b) => a.name.localeCompare(b.name, pageLang() === 'zh' ? 'zh-Hans' : undefined))
      .map((r) => h('option', { value: r.id }, r.name)),
  );
  const label = new Map(codebook.features.map((f) => [f.id, labelOf(f)]));
  // The explanation names the candidate in English (GET /match/explain has no `lang`): the page's own name is used.
  const nameOf = (id: string, fallback: string) => records.find((r) => r.id === id)?.name ?? fallback;
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
    const name = pageLang() === 'zh' ? nameOf(e.candidate.id, e.candidate.name) : e.candidate.name;
    const headline =
      e.rank === null
        ? text.notRanked(name)
        : text.ranks(name, e.rank, e.lane === 'contemporary', fixed(e.score)) +
          (e.cutoff && e.rank > e.cutoff.rank
            ? text.cutoff(e.cutoff.rank, fixed(e.cutoff.score), fixed(e.gap))
            : t('wb.why.end'));
    const costly = e.features.filter((f) => f.versusCutoff < 0).slice(0, 6);
    answer.replaceChildren(
      ...[
        h('p', {}, headline),
        e.notes.length > 0
          ? h(
              'ul',
              { class: 'notes', lang: englishData() },
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
