/**
 * The frame every server-rendered page shares: head, navigation, the language switch and a footer with the
 * dataset version — in the page's language (English at the root, Chinese under /zh/), with `hreflang`
 * alternates both ways so each page names its twin. The static pages (web/shells/) are built with the same
 * navigation, switch and alternates (scripts/page-shells.ts).
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { htmlLang, languages, pathIn, type Lang } from '../../domain/i18n/lang.ts';
import { messages, type MessageKey } from '../../domain/i18n/messages.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The main navigation: English paths, each shown in the page's language. */
export const sections = [
  ['/', 'nav.explorer'],
  ['/compare', 'nav.compare'],
  ['/list', 'nav.list'],
  ['/about', 'nav.about'],
  ['/api/v1/reference', 'nav.api'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** A message with `{name}` places filled by text (escaped) or markup (a link). */
export function formatHtml(message: string, values: Record<string, string | number | Html>) {
  const parts = message.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? (values[part] ?? `{${part}}`) : part))}`;
}

/** A link to a page in the reader's language (the API reference has one language, English). */
export function localHref(lang: Lang, path: string): string {
  return path.startsWith('/api/') ? path : pathIn(lang, path);
}

/**
 * The `hreflang` alternates and the language switch of a page whose English address is `path` (path and
 * query): English, Chinese, and x-default (English) for a reader whose language is neither.
 */
export function alternates(path: string) {
  const [pathname, query = ''] = path.split(/(?=\?)/);
  const at = (lang: Lang) => `${pathIn(lang, pathname)}${query}`;
  return html`${languages.map((l) => html`<link rel="alternate" hreflang="${htmlLang[l]}" href="${at(l)}">\n`)}<link rel="alternate" hreflang="x-default" href="${at('en')}">`;
}

export function languageSwitch(lang: Lang, path: string) {
  const m = messages(lang);
  const [pathname, query = ''] = path.split(/(?=\?)/);
  return html`<nav class="lang-switch" aria-label="${m['lang.switch']}">${languages.map(
    (l, i) =>
      html`${i > 0 ? ' · ' : ''}<a href="${pathIn(l, pathname)}${query}" hreflang="${htmlLang[l]}" lang="${htmlLang[l]}"${l === lang ? raw(' aria-current="true"') : ''}>${messages(l)[`lang.${l}`]}</a>`,
  )}</nav>`;
}

/** The main navigation in a language, the current section marked (`current` is its English path). */
export function navigation(lang: Lang, current?: string) {
  const m = messages(lang);
  return html`<nav aria-label="${m['nav.label']}">${sections.map(([href, key], i) => html`${i > 0 ? ' ' : ''}<a href="${localHref(lang, href)}"${href === current ? raw(' aria-current="page"') : ''}>${m[key]}</a>`)}</nav>`;
}

export function layout(opts: {
  title: string;
  head?: Html;
  body: Html;
  datasetVersion: string;
  engineVersion: string;
  /** The English path of the current section, for aria-current. */
  current?: string;
  /** The page's language (English by default). */
  lang?: Lang;
  /**
   * The page's English address (path and query), for its twin in the other language. A page without a twin
   * (the release notes) leaves it out: no alternates, and the switch leads to the other language's home.
   */
  path?: string;
}) {
  const lang = opts.lang ?? 'en';
  const m = messages(lang);
  return html`<!doctype html>
<html lang="${htmlLang[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} — ${m['site.name']}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/pages.css">
${opts.path !== undefined ? alternates(opts.path) : ''}
${opts.head ?? raw('')}
</head>
<body>
<a class="skip" href="#main">${m.skip}</a>
<header>${navigation(lang, opts.current)}
${languageSwitch(lang, opts.path ?? '/')}</header>
<main id="main">
${opts.body}
</main>
<footer>${m['site.name']} · ${m['footer.dataset']} <code>${opts.datasetVersion}</code> · ${m['footer.engine']} ${opts.engineVersion}</footer>
</body>
</html>`;
}
