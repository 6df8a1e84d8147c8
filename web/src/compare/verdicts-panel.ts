/**
 * Published verdicts beside the ranking: what the literature claims about the queried measure or a
 * ranked mechanism (`verdicts` in the match response). They are a separate panel, styled apart from the
 * scores, because they never enter one: the engine ranks by the coding, the literature is read beside it.
 */
import type { VerdictNote } from '@domain/verdicts.ts';
import { byId, h } from '../shared/dom.ts';
import { englishData, localPath, t } from './page-words.ts';

/** The words of this panel, from the message catalogue; a verdict's claim and source are the literature's own. */
const text = {
  source: t('wb.verdicts.source'),
  title: t('wb.verdicts.title'),
  intro: t('wb.verdicts.intro'),
  none: t('wb.verdicts.none'),
  stance: (stance: VerdictNote['stance']) => t('wb.verdicts.stance', { stance: t(`wb.verdicts.stanceWord.${stance}`) }),
  stanceLabel: (stance: VerdictNote['stance']) => t(`wb.verdicts.stance.${stance}`),
  inFull: t('wb.verdicts.inFull'),
  notAmong: (name: string) => t('wb.verdicts.notAmong', { name }),
  ranked: (name: string, rank: number) => t('wb.verdicts.ranked', { name, rank }),
  byCoding: t('wb.verdicts.byCoding'),
  comparedWith: t('wb.verdicts.comparedWith'),
  pair: (a: string, b: string) => t('wb.verdicts.pair', { a, b }),
};

/** "Author, Title, Publisher, 2023, section 2", with the title linked to the source when it can be. */
function source(note: VerdictNote) {
  const s = note.source;
  const href = s.url ?? (s.doi !== undefined ? `https://doi.org/${s.doi}` : undefined);
  const title = href !== undefined ? h('a', { href }, s.title) : h('cite', {}, s.title);
  const before = s.author !== undefined ? `${s.author}, ` : '';
  const after = [s.publisher, s.issued, s.locator].filter((x) => x !== undefined).join(', ');
  return h(
    'p',
    { class: 'verdict-source', lang: englishData() },
    h('span', { class: 'visually-hidden' }, text.source),
    before,
    title,
    after ? `, ${after}` : '',
    '.',
  );
}

function rank(note: VerdictNote, name: string) {
  if (note.rank === undefined) return h('p', { class: 'verdict-rank hint' }, text.notAmong(name));
  return h(
    'p',
    { class: 'verdict-rank' },
    h('a', { href: `#result-${note.mechanism}` }, text.ranked(name, note.rank)),
    h('span', { class: 'hint' }, text.byCoding),
    t('wb.results.end'),
  );
}

export function renderVerdicts(verdicts: readonly VerdictNote[] | undefined, nameOf: (id: string) => string): void {
  const panel = byId('verdicts');
  if (verdicts === undefined) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  panel.hidden = false;
  panel.replaceChildren(
    h('h3', { id: 'verdicts-title' }, text.title),
    h('p', { class: 'hint' }, text.intro),
    verdicts.length === 0
      ? h('p', { class: 'none' }, text.none)
      : h(
          'ul',
          { class: 'plain verdict-list' },
          verdicts.map((note) =>
            h(
              'li',
              { class: `verdict stance-is-${note.stance}`, 'data-id': note.id },
              h(
                'p',
                { class: 'verdict-pair' },
                h(
                  'span',
                  { class: `stance stance-${note.stance}`, title: text.stance(note.stance) },
                  text.stanceLabel(note.stance),
                ),
                ' ',
                h('a', { href: localPath(`/cases/${note.measure}`) }, nameOf(note.measure)),
                h('span', { 'aria-hidden': 'true' }, ' ↔ '),
                h('span', { class: 'visually-hidden' }, text.comparedWith),
                h('a', { href: localPath(`/cases/${note.mechanism}`) }, nameOf(note.mechanism)),
              ),
              h(
                'p',
                { class: 'verdict-claim', lang: englishData() },
                note.claim,
                ' ',
                h(
                  'a',
                  { href: localPath(`/cases/${note.id}`), class: 'hint' },
                  text.inFull,
                  h('span', { class: 'visually-hidden' }, text.pair(nameOf(note.measure), nameOf(note.mechanism))),
                ),
              ),
              source(note),
              rank(note, nameOf(note.mechanism)),
            ),
          ),
        ),
  );
}
