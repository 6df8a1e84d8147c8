/** The frame every server-rendered page shares: head, navigation and a footer with the dataset version. */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The main navigation; the static pages (web/index.html, web/compare.html) repeat it by hand. */
const sections = [
  ['/', 'Explorer'],
  ['/compare', 'Compare'],
  ['/list', 'List'],
  ['/about', 'About'],
  ['/api/v1/reference', 'API'],
] as const;

export function layout(opts: {
  title: string;
  head?: Html;
  body: Html;
  datasetVersion: string;
  engineVersion: string;
  current?: string;
}) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} — Precedents</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/pages.css">
${opts.head ?? raw('')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main">${sections.map(([href, label], i) => html`${i > 0 ? ' ' : ''}<a href="${href}"${href === opts.current ? raw(' aria-current="page"') : ''}>${label}</a>`)}</nav></header>
<main id="main">
${opts.body}
</main>
<footer>Precedents · dataset version <code>${opts.datasetVersion}</code> · engine ${opts.engineVersion}</footer>
</body>
</html>`;
}
