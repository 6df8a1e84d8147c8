/**
 * The page a browser gets for an address that serves nothing: the site's navigation, a search box that
 * searches the list, and the ways on. API clients get a problem document instead (src/api/app.ts).
 */
import { html } from 'hono/html';
import { cutInput } from '../../domain/quote-input.ts';
import { layout } from './layout.ts';

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

export function renderSiteNotFoundPage(path: string, datasetVersion: string, engineVersion: string) {
  const body = html`<h1>Page not found</h1>
    <p>
      Nothing is served at <code>${cutInput(path, 200)}</code>. The address may be mistyped, or the page may have moved.
    </p>
    <form class="list-filters" method="get" action="/list" role="search" aria-label="Search the records">
      <div>
        <label for="not-found-q">Find a record</label
        ><input id="not-found-q" name="q" type="search" placeholder="e.g. Hotline, Cuban missile crisis" />
      </div>
      <div class="buttons"><button type="submit">Search</button></div>
    </form>
    <ul>
      <li><a href="/">The explorer</a>: every record on a map.</li>
      <li><a href="/list">The list</a>: every record as a table.</li>
      <li><a href="/compare">Compare</a>: the closest historical precedents for a proposed measure.</li>
      <li><a href="/about">About</a>: the method, the codebook and how to cite.</li>
      <li><a href="/api/v1/reference">The API reference</a>.</li>
    </ul>`;
  return layout({ title: 'Page not found', body, datasetVersion, engineVersion });
}
