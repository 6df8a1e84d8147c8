/**
 * Published verdicts beside the ranking: what the literature claims about the queried measure or a
 * ranked mechanism (`verdicts` in the match response). They are a separate panel, styled apart from the
 * scores, because they never enter one: the engine ranks by the coding, the literature is read beside it.
 */
import { stanceLabels, type VerdictNote } from '@domain/verdicts.ts';
import { byId, h } from '../shared/dom.ts';

/** The words of this panel, in one place for the message catalogue. */
const text = {
  source: 'Source: ',
  title: 'What the literature says',
  intro:
    'Published verdicts on this measure or on a precedent ranked here. ' +
    'They are shown beside the ranking and never enter a score.',
  none: 'No published verdict on this measure or on the precedents ranked here.',
  stance: (stance: string) => `Stance: ${stance}`,
  inFull: 'The verdict in full',
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
    { class: 'verdict-source' },
    h('span', { class: 'visually-hidden' }, text.source),
    before,
    title,
    after ? `, ${after}` : '',
    '.',
  );
}

function rank(note: VerdictNote, name: string) {
  if (note.rank === undefined) return h('p', { class: 'verdict-rank hint' }, `${name} is not among these results.`);
  return h(
    'p',
    { class: 'verdict-rank' },
    h('a', { href: `#result-${note.mechanism}` }, `${name} is ranked ${note.rank} here`),
    h('span', { class: 'hint' }, ' (by the coding, not by this verdict)'),
    '.',
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
                  stanceLabels[note.stance],
                ),
                ' ',
                h('a', { href: `/cases/${note.measure}` }, nameOf(note.measure)),
                h('span', { 'aria-hidden': 'true' }, ' ↔ '),
                h('span', { class: 'visually-hidden' }, ' compared with '),
                h('a', { href: `/cases/${note.mechanism}` }, nameOf(note.mechanism)),
              ),
              h(
                'p',
                { class: 'verdict-claim' },
                note.claim,
                ' ',
                h(
                  'a',
                  { href: `/cases/${note.id}`, class: 'hint' },
                  text.inFull,
                  h('span', { class: 'visually-hidden' }, `: ${nameOf(note.measure)} and ${nameOf(note.mechanism)}`),
                ),
              ),
              source(note),
              rank(note, nameOf(note.mechanism)),
            ),
          ),
        ),
  );
}
