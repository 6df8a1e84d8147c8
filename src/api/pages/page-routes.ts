/**
 * The server-rendered pages besides the record pages: the list of every record (and as CSV), the about
 * and releases pages, and the addresses readers guess.
 */
import type { Context } from 'hono';
import { engineVersion } from '../../domain/engine-version.ts';
import type { Lang } from '../../domain/i18n/lang.ts';
import { createRouter, type AppEnv } from '../app-env.ts';
import { datasetCitations, today } from '../citations.ts';
import { renderAboutPage } from './about-page.ts';
import { renderListCsv, renderListPage, type ListQuery } from './list-page.ts';
import { prefersHtml } from './not-found-page.ts';
import { renderReleasesPage } from './releases-page.ts';

/** Addresses readers type or guess, sent to the page they meant; the query string goes along. */
const guessed: Record<string, string> = {
  '/list/': '/list',
  '/about/': '/about',
  '/releases/': '/releases',
  '/cases': '/list',
  '/cases/': '/list',
  '/zh/list/': '/zh/list',
  '/zh/about/': '/zh/about',
  '/zh/cases': '/zh/list',
  '/zh/cases/': '/zh/list',
};

/** The list's filters from the address; the page and its CSV read the same ones. */
const listQuery = (c: Context): ListQuery => {
  const q = (name: string) => c.req.query(name);
  const names = ['q', 'kind', 'family', 'domain', 'from', 'to', 'sort', 'dir'] as const;
  return Object.fromEntries(names.map((name) => [name, q(name)])) as ListQuery;
};

export const sitePageRoutes = createRouter()
  .get('/list.csv', (c) =>
    c.body(renderListCsv(c.get('caseBase'), listQuery(c)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="precedents-records.csv"',
    }),
  )
  .get('/api/v1', (c) => apiIndex(c))
  .get('/api/v1/', (c) => apiIndex(c))
  .get('/list', (c) => c.html(renderListPage(c.get('caseBase'), listQuery(c), engineVersion)))
  .get('/zh/list', (c) => c.html(renderListPage(c.get('caseBase'), listQuery(c), engineVersion, 'zh')))
  .get('/releases', (c) => c.html(renderReleasesPage(c.get('caseBase'), engineVersion)))
  .get('/about', (c) => aboutPage(c, 'en'))
  .get('/zh/about', (c) => aboutPage(c, 'zh'));

async function aboutPage(c: Context<AppEnv>, lang: Lang) {
  // The page stands without its citation panel; the failure is logged and the section points to the API.
  const citation = await datasetCitations(c, today()).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  return c.html(renderAboutPage(c.get('caseBase'), engineVersion, new URL(c.req.url).origin, citation, lang));
}

for (const [from, to] of Object.entries(guessed)) {
  sitePageRoutes.get(from, (c) => c.redirect(`${to}${new URL(c.req.url).search}`, 301));
}

/** `/api/v1` itself: a browser goes to the reference; a client learns where the contract and the reference are. */
function apiIndex(c: Context) {
  if (prefersHtml(c.req.header('Accept'))) return c.redirect('/api/v1/reference', 302);
  return c.json({
    openapi: '/api/v1/openapi.json',
    reference: '/api/v1/reference',
    cases: '/api/v1/cases',
    health: '/api/v1/health',
  });
}
