/**
 * The static pages' shells — the explorer at / and /zh/, the workbench at /compare and /zh/compare — built
 * from one frame and one <main> per view (web/shells/*.html), in each language, by a small Vite plugin: the
 * head, the navigation, the language switch, the `hreflang` alternates and the footer are the server pages'
 * own (src/api/pages/layout.ts), the words come from the message catalogue (src/domain/i18n/), so a new
 * language or a changed word is one edit, not four copies.
 *
 * In a <main> template: `{{key}}` is a message (escaped; `{list}` inside it becomes a link to the list),
 * `{{note:key}}` a note in the page's language where the message is not empty (what is still English),
 * `{{path:/about}}` is a site path in the page's language.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { htmlLang, pathIn, type Lang } from '../src/domain/i18n/lang.ts';
import { webCatalogues, type WebMessageKey } from '../src/domain/i18n/web-messages.ts';
import { alternates, languageSwitch, navigation } from '../src/api/pages/layout.ts';

interface ShellPage {
  /** The view's <main> template, in web/shells/. */
  template: string;
  /** Its English path. */
  path: string;
  title: WebMessageKey;
  description: WebMessageKey;
  bodyClass: string;
  head: string;
  script: string;
}

const views: Record<'explorer' | 'compare', ShellPage> = {
  explorer: {
    template: 'explorer.html',
    path: '/',
    title: 'explorer.title',
    description: 'explorer.description',
    bodyClass: 'app',
    head: `<link rel="stylesheet" href="/pages.css" />
    <link rel="preload" href="/graph.json" as="fetch" crossorigin="anonymous" />`,
    script: '/src/explorer/main.ts',
  },
  compare: {
    template: 'compare.html',
    path: '/compare',
    title: 'compare.title',
    description: 'compare.description',
    bodyClass: 'wide',
    head: `<link rel="stylesheet" href="/pages.css" />
    <link rel="stylesheet" href="/cite.css" />`,
    script: '/src/compare/main.ts',
  },
};

/** The HTML files Vite builds (relative to web/), each a view in a language. */
export const shellFiles: Record<string, { view: keyof typeof views; lang: Lang }> = {
  'index.html': { view: 'explorer', lang: 'en' },
  'compare.html': { view: 'compare', lang: 'en' },
  'zh/index.html': { view: 'explorer', lang: 'zh' },
  'zh/compare.html': { view: 'compare', lang: 'zh' },
};

const shellsDir = fileURLToPath(new URL('../web/shells/', import.meta.url));

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** One view's page in one language, as Vite is to read it. */
export function renderShell(viewName: keyof typeof views, lang: Lang, template?: string): string {
  const view = views[viewName];
  const m = webCatalogues[lang];
  const listLink = `<a href="${pathIn(lang, '/list')}">${escapeHtml(m['explorer.listLink'])}</a>`;
  const message = (key: string) => {
    if (!(key in m)) throw new Error(`web/shells/${view.template}: no message "${key}" in the catalogue`);
    return escapeHtml(m[key as WebMessageKey]).replaceAll('{list}', listLink);
  };
  const main = (template ?? readFileSync(`${shellsDir}${view.template}`, 'utf8'))
    .replace(/^<!--[\s\S]*?-->\n/, '')
    .replace(/\{\{path:([^}]+)\}\}/g, (_, path: string) => pathIn(lang, path))
    .replace(/\{\{note:([\w.]+)\}\}/g, (_, key: string) =>
      message(key) ? `<p class="lang-note" role="note" lang="${htmlLang[lang]}">${message(key)}</p>` : '',
    )
    .replace(/\{\{([\w.]+)\}\}/g, (_, key: string) => message(key));
  return `<!doctype html>
<html lang="${htmlLang[lang]}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${message(view.title)} — ${message('site.name')}</title>
    <meta name="description" content="${message(view.description)}" />
    ${view.head}
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <!--alternates-->
  </head>
  <body class="${view.bodyClass}">
    <a class="skip" href="#main">${message('skip')}</a>
    <header>${String(navigation(lang, view.path))}
    ${String(languageSwitch(lang, view.path))}</header>
${main}
    <footer>${message('site.name')} · ${message('footer.dataset')} <code id="dataset-version">…</code></footer>
    <script type="module" src="${view.script}"></script>
  </body>
</html>
`;
}

export function withAlternates(html: string, path: string): string {
  return html.replace('<!--alternates-->', String(alternates(path)).replaceAll('\n', '\n    ').trimEnd());
}

/** The Vite plugin: the four pages as build inputs that exist only in memory. */
export function pageShells(root: string): Plugin {
  const file = (id: string) => {
    const relative = id.startsWith(root) ? id.slice(root.length).replace(/^\//, '') : undefined;
    return relative !== undefined && relative in shellFiles ? relative : undefined;
  };
  return {
    name: 'precedents-page-shells',
    enforce: 'pre',
    resolveId(id) {
      const relative = id.replace(/^\.?\/?web\//, '');
      return relative in shellFiles ? `${root}/${relative}` : undefined;
    },
    load(id) {
      const name = file(id);
      if (!name) return undefined;
      const { view, lang } = shellFiles[name];
      return renderShell(view, lang);
    },
    // The alternates go in after Vite has read the page's links, since it would take /zh/ for a file to bundle.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const name = file(ctx.filename);
        return name ? withAlternates(html, views[shellFiles[name].view].path) : html;
      },
    },
  };
}
