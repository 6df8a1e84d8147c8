/**
 * The page a browser gets for an address that serves nothing: the site's navigation, a search box that
 * searches the list, and the ways on. API clients get a problem document instead (src/api/app.ts).
 */
import { html } from 'hono/html';
import { cutInput } from '../../domain/quote-input.ts';
import { pathIn, type Lang } from '../../domain/i18n/lang.ts';
import { messages } from '../../domain/i18n/messages.ts';
import { formatHtml, layout, localHref } from './layout.ts';

/** True when the client would rather read HTML than JSON: a browser navigating, not an API client. */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(type.trim(), q === undefined ? 1 : Number(q));
  }
  const htmlWeight = weights.get('text/html') ?? 0;
  const jsonWeight = Math.max(weights.get('application/json') ?? 0, weights.get('application/problem+json') ?? 0);
  return htmlWeight > 0 && htmlWeight >= jsonWeight;
}

export function renderSiteNotFoundPage(path: string, datasetVersion: string, engineVersion: string, lang: Lang = 'en') {
  const m = messages(lang);
  const link = (to: string, label: string, what: string) =>
    html`<li><a href="${localHref(lang, to)}">${label}</a>${lang === 'zh' ? '：' : ': '}${what}</li>`;
  const body = html`<h1>${m['notFound.title']}</h1>
    <p>${formatHtml(m['notFound.body'], { path: html`<code>${cutInput(path, 200)}</code>` })}</p>
    <form class="list-filters" method="get" action="${localHref(lang, '/list')}" role="search" aria-label="${m['search.label']}">
      <div>
        <label for="not-found-q">${m['notFound.find']}</label
        ><input id="not-found-q" name="q" type="search" placeholder="${m['notFound.placeholder']}" />
      </div>
      <div class="buttons"><button type="submit">${m['search.submit']}</button></div>
    </form>
    <ul>
      ${link('/', m['notFound.explorer'], m['notFound.explorerWhat'])}
      ${link('/list', m['notFound.list'], m['notFound.listWhat'])}
      ${link('/compare', m['notFound.compare'], m['notFound.compareWhat'])}
      ${link('/about', m['notFound.about'], m['notFound.aboutWhat'])}
      <li><a href="/api/v1/reference">${m['notFound.api']}</a>.</li>
    </ul>`;
  // The switch leads to the same address in the other language (missing too, but said in that language);
  // an address too long to repeat leads to the other language's home.
  const twin = path.length <= 200 ? pathIn('en', path) : '/';
  return layout({ title: m['notFound.title'], body, datasetVersion, engineVersion, lang, path: twin });
}
