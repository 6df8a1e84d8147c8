/**
 * A cite dialog for any page of the web app (the compare workbench's results, a permalink): it fetches a
 * citation in six formats from the API and shows it with copy buttons and download links. Record pages
 * rendered by the Worker have the same panel server-side (src/api/pages/cite-block.ts) and /cite.js
 * (web/src/cite/record-page.ts).
 *
 *   import { openCiteDialog, recordCiteUrl, permalinkCiteUrl } from '../cite/cite-dialog.ts';
 *   openCiteDialog({ url: permalinkCiteUrl(location.search), title: 'Cite this comparison' });
 */
import { getJson } from '../shared/api.ts';
import { copyText } from '../shared/clipboard.ts';

export const citationFormats = ['chicago', 'apa', 'gb-t-7714', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof citationFormats)[number];
export type CitationSet = Record<CitationFormat, string>;

const labels: Record<CitationFormat, string> = {
  chicago: 'Chicago (author-date, 17th ed.)',
  apa: 'APA (7th ed.)',
  'gb-t-7714': 'GB/T 7714-2015 (numeric)',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** The API address of a record's citation. */
export const recordCiteUrl = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/cite`;
/** The API address of a comparison's citation, from its permalink's query string (`?m=…&v=…&e=…`). */
export const permalinkCiteUrl = (search: string) => `/api/v1/permalinks/cite?${search.replace(/^\?/, '')}`;
/** The API address of the dataset's citation. */
export const datasetCiteUrl = () => '/api/v1/cite';

export function fetchCitation(
  url: string,
): Promise<{ citation: CitationSet; accessed: string; datasetVersion: string }> {
  return getJson(url);
}

function ensureStyles() {
  if (document.querySelector('link[href="/cite.css"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/cite.css';
  document.head.append(link);
}

let counter = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The five formats with copy buttons and download links, as a DOM fragment. */
export function citationFormatsElement(set: CitationSet, download: string): HTMLElement {
  const key = `cite-dialog-${++counter}`;
  const join = download.includes('?') ? '&' : '?';
  const block = element('div', { className: 'cite-formats' });
  citationFormats.forEach((format, i) => {
    const pre = element('pre', { className: 'cite-text', id: `${key}-${format}` }, set[format].trimEnd());
    const status = element('span', { className: 'cite-status' });
    status.setAttribute('role', 'status');
    const copy = element('button', { type: 'button', className: 'cite-copy', textContent: `Copy ${labels[format]}` });
    copy.addEventListener('click', () => copyText(pre, status));
    const link = element('a', { href: `${download}${join}format=${format}`, textContent: 'Download' });
    link.setAttribute('download', '');
    const details = element(
      'details',
      { className: 'cite-format', open: i === 0 },
      element('summary', {}, labels[format]),
      pre,
      element('p', { className: 'cite-actions' }, copy, ' ', link, ' ', status),
    );
    block.append(details);
  });
  return block;
}

/** Opens a modal dialog with the citation at `url` (a JSON cite endpoint of the API). */
export async function openCiteDialog(opts: { url: string; title: string; intro?: string }): Promise<HTMLDialogElement> {
  ensureStyles();
  const dialog = element('dialog', { className: 'cite-dialog' });
  const titleId = `cite-dialog-title-${++counter}`;
  dialog.setAttribute('aria-labelledby', titleId);
  const close = element('button', { type: 'button', className: 'cite-close', textContent: 'Close' });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  const status = element('p', { className: 'status', textContent: 'Loading the citation…' });
  dialog.append(close, element('h2', { id: titleId, textContent: opts.title }), status);
  document.body.append(dialog);
  dialog.showModal();
  try {
    const { citation, accessed, datasetVersion } = await fetchCitation(opts.url);
    status.textContent = opts.intro ?? `Dataset version ${datasetVersion}, accessed ${accessed}.`;
    const download = `${opts.url}${opts.url.includes('?') ? '&' : '?'}accessed=${accessed}`;
    dialog.append(citationFormatsElement(citation, download));
  } catch (error) {
    status.textContent = (error as Error).message;
    status.className = 'status problem';
  }
  return dialog;
}
