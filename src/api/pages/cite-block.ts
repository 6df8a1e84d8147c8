/**
 * The cite panel of a page: the citation in six formats, each with a copy button and a download link.
 * Complete without JavaScript (the text is on the page, the links download); /cite.js adds the copy
 * buttons and opens the panel as a dialog from a "Cite" button.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type citationFormats, formatInfo } from '../../domain/cite/formats.ts';
import type { Lang } from '../../domain/i18n/lang.ts';
import type { CitationSet } from '../citations.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Chicago first: it is what most readers paste into prose; on a Chinese page GB/T 7714, China's national standard. */
const order = [
  'chicago',
  'apa',
  'gb-t-7714',
  'bibtex',
  'ris',
  'csl-json',
] as const satisfies readonly (typeof citationFormats)[number][];
const orderIn = (lang: Lang) =>
  lang === 'zh' ? (['gb-t-7714', ...order.filter((f) => f !== 'gb-t-7714')] as const) : order;

/** One citation in every format. `key` makes element ids unique on the page; `download` is its API address. */
export function citationFormatsBlock(key: string, set: CitationSet, download: string, lang: Lang = 'en') {
  const join = download.includes('?') ? '&' : '?';
  return html`<div class="cite-formats">${orderIn(lang).map(
    (format, i) => html`<details class="cite-format"${i === 0 ? ' open' : ''}>
<summary>${formatInfo[format].label}</summary>
<pre class="cite-text" id="cite-${key}-${format}">${set[format].trimEnd()}</pre>
<p class="cite-actions"><button type="button" class="cite-copy" data-copy="cite-${key}-${format}" hidden>Copy ${formatInfo[format].label}</button> <a href="${download}${join}format=${format}" download>Download</a> <span class="cite-status" role="status"></span></p>
</details>`,
  )}</div>`;
}

/** The panel: heading, what is cited, the formats, and anything beside it (a record's primary sources). */
export function citePanel(opts: {
  title: string;
  intro: Html;
  key: string;
  set: CitationSet;
  download: string;
  beside?: Html;
  lang?: Lang;
}) {
  return html`<section class="cite-panel" id="cite" aria-labelledby="cite-title" data-cite-panel>
<h2 id="cite-title">${opts.title}</h2>
${opts.intro}
${citationFormatsBlock(opts.key, opts.set, opts.download, opts.lang)}
${opts.beside ?? ''}
</section>`;
}

export const citeAssets = html`<link rel="stylesheet" href="/cite.css">
<script type="module" src="/cite.js"></script>`;

/** The "How to cite" section of /about: the dataset, records, comparisons, and what the versions mean. */
export function howToCite(
  set: CitationSet | undefined,
  datasetVersion: string,
  engineVersion: string,
  lang: Lang = 'en',
) {
  return html`<p>Cite the dataset with the version you used — dataset <code>${datasetVersion}</code>, a content hash of the
compiled case-base that changes with any fact, coding or codebook change — and the date you accessed it. Each format
below is rendered from the same CSL-JSON by <a href="https://citation.js.org/">citation-js</a>; the repository's
<code>CITATION.cff</code> says the same for GitHub and Zenodo.</p>
${set ? citationFormatsBlock('dataset', set, '/api/v1/cite', lang) : html`<p>The citation could not be loaded here; use <a href="/api/v1/cite">the API</a>.</p>`}
<p><strong>A record:</strong> every record page has a “Cite this record” panel (the Precedents entry at this dataset
version, with the record’s primary sources beside it); so do <code>GET /api/v1/cases/{id}/cite?format=…</code> and
<code>npm run --silent cli -- cite &lt;id&gt; --format …</code>.</p>
<p><strong>A comparison:</strong> its permalink (<code>/compare?…</code>) pins the query, weights or preset, seed,
dataset version and engine version (<code>${engineVersion}</code> now). Cite it from the workbench, with
<code>GET /api/v1/permalinks/cite?…&amp;format=…</code>, or <code>npm run --silent cli -- cite --permalink URL</code>.
Opened later on the same versions it gives the same ranking, byte for byte; if the dataset or engine has changed,
the page says which, and shows the current result beside the pinned versions.</p>
<p><strong>Published verdicts</strong> (what the literature says about a measure and a mechanism) are records too,
cited the same way; they are shown beside computed matches and never enter a score.</p>`;
}
