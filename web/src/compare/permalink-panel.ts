/**
 * Permalinks and citations on the workbench: the tools above the ranking ("Permalink", "Cite this
 * comparison") and, when the page was opened from a permalink, the plain statement of whether the ranking
 * shown is the pinned result or, since the dataset or engine changed, the current one.
 *
 * The permalink of a view is its match request pinned to the versions of the response shown
 * (src/domain/permalink.ts writes it, as POST /api/v1/permalinks does), so it always names the ranking
 * on the screen, never a newer one computed after — and to the day it was made, which its citation gives.
 */
import { copyText } from '../shared/clipboard.ts';
import { utcDay } from '@domain/calendar-date.ts';
import { permalinkDefaultSeed } from '@domain/permalink.ts';
import { openCiteDialog, permalinkCiteUrl } from '../cite/cite-dialog.ts';
import {
  parsePermalink,
  permalinkHref,
  permalinkSearch,
  type Permalink,
  type PermalinkStatus,
} from './permalink-client.ts';
import { append, boxWhile, byId, h } from '../shared/dom.ts';
import { t } from './page-words.ts';

/** The words of this panel, in one place for the message catalogue. */
const text = {
  versions: t('wb.permalink.versions'),
  dataset: t('wb.permalink.dataset'),
  engine: t('wb.permalink.engine'),
  pinned: t('wb.permalink.pinned'),
  served: t('wb.permalink.served'),
  changed: t('wb.permalink.changed'),
  whatChanged: (release: string) => t('wb.permalink.whatChanged', { release }),
  copy: t('wb.permalink.copy'),
  label: t('wb.permalink.label'),
  open: t('wb.permalink.open'),
  pins: (seed: number, dataset: string, engine: string, created: string) =>
    t('wb.permalink.pins', { seed, dataset, engine, created }),
  reopens: t('wb.permalink.reopens'),
  permalink: t('wb.permalink.permalink'),
  cite: t('wb.permalink.cite'),
};

/** The statement above the ranking of an opened permalink; nothing when the page was not opened from one. */
export function renderPermalinkStatus(opened: { status?: PermalinkStatus; problems?: string[] } | undefined): void {
  // A live region (role=status) that stays in the page, empty when there is nothing to say, so that what
  // is written into it is announced.
  const box = byId('permalink-status');
  const status = opened?.status;
  if (!opened || (!status && !opened.problems?.length)) {
    box.className = 'permalink-status';
    box.replaceChildren();
    return;
  }
  box.className = `permalink-status ${status?.reproduced ? 'reproduced' : 'changed'}`;
  const versions =
    status && !status.reproduced
      ? h(
          'table',
          { class: 'versions' },
          h('caption', {}, text.versions),
          h(
            'thead',
            {},
            h('tr', {}, h('td'), h('th', { scope: 'col' }, text.dataset), h('th', { scope: 'col' }, text.engine)),
          ),
          h(
            'tbody',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, text.pinned),
              h('td', {}, h('code', {}, status.pinned.datasetVersion)),
              h('td', {}, h('code', {}, status.pinned.engineVersion)),
            ),
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, text.served),
              h(
                'td',
                {},
                h('code', {}, status.current.datasetVersion),
                status.changes.includes('dataset') ? h('strong', {}, text.changed) : null,
              ),
              h(
                'td',
                {},
                h('code', {}, status.current.engineVersion),
                status.changes.includes('engine') ? h('strong', {}, text.changed) : null,
              ),
            ),
          ),
        )
      : null;
  box.replaceChildren();
  const notes = status?.pinnedRelease
    ? h('p', {}, h('a', { href: status.pinnedRelease.notes }, text.whatChanged(status.pinnedRelease.name)))
    : null;
  append(box, [
    status ? h('p', {}, status.message) : null,
    notes,
    versions,
    opened.problems?.length
      ? h(
          'ul',
          { class: 'problem' },
          opened.problems.map((p) => h('li', {}, p)),
        )
      : null,
  ]);
}

let copyCount = 0;

/**
 * The permalink of the view, dated: by the day of the permalink the page was opened from when it pins
 * this same ranking (so reopening and citing it gives back that date), else by today (UTC), the day this
 * permalink is made.
 */
function dated(permalink: Permalink): Permalink & { created: string } {
  if (permalink.created !== undefined) return { ...permalink, created: permalink.created };
  const opened = parsePermalink(location.search);
  const pinsSame = (a: Permalink, b: Permalink) =>
    permalinkSearch({ ...a, created: undefined, lang: undefined }) ===
    permalinkSearch({ ...b, created: undefined, lang: undefined });
  if (opened.ok && opened.permalink.created !== undefined && pinsSame(opened.permalink, permalink))
    return { ...permalink, created: opened.permalink.created };
  return { ...permalink, created: utcDay(new Date()) };
}

/** "Permalink" and "Cite this comparison" for the ranking shown; hidden when there is none. */
export function renderResultTools(shown: Permalink | undefined): void {
  const tools = boxWhile('result-tools', shown !== undefined);
  if (!tools || !shown) return;
  const permalink = dated(shown);
  const url = new URL(permalinkHref(permalink), location.origin).href;
  const field = h('input', {
    id: 'permalink-url',
    type: 'text',
    readonly: true,
    value: url,
    spellcheck: 'false',
    'aria-describedby': 'permalink-hint',
  });
  const copied = h('span', { class: 'copy-status', role: 'status' });
  const copy = h('button', { type: 'button', id: `permalink-copy-${++copyCount}` }, text.copy);
  copy.addEventListener('click', () => copyText(field, copied));
  const box = h(
    'div',
    { id: 'permalink-box', class: 'permalink-box', hidden: true },
    h('label', { for: 'permalink-url' }, text.label),
    h('div', { class: 'row' }, field, copy, h('a', { href: url, class: 'open' }, text.open)),
    copied,
    h(
      'p',
      { class: 'hint', id: 'permalink-hint' },
      text.pins(
        permalink.query.seed ?? permalinkDefaultSeed,
        permalink.datasetVersion,
        permalink.engineVersion,
        permalink.created,
      ),
      text.reopens,
    ),
  );
  const toggle = h(
    'button',
    { type: 'button', id: 'permalink-button', 'aria-expanded': 'false', 'aria-controls': 'permalink-box' },
    text.permalink,
  );
  toggle.addEventListener('click', () => {
    const open = box.hidden;
    box.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      field.focus();
      field.select();
    }
  });
  const cite = h('button', { type: 'button', id: 'cite-comparison' }, text.cite);
  cite.addEventListener(
    'click',
    () => void openCiteDialog({ url: permalinkCiteUrl(permalinkSearch(permalink)), title: text.cite }),
  );
  tools.replaceChildren(h('div', { class: 'row' }, toggle, cite), box);
}
