/**
 * The HTTP application: the routes of `/api/v1` and the server-rendered record pages, over a given
 * case-base. The Worker passes the embedded case-base; tests pass fixtures.
 */
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { engineVersion } from '../domain/engine-version.ts';
import { quoteInput } from '../domain/quote-input.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import { createRouter } from './app-env.ts';
import { caching } from './http/caching.ts';
import { readOnlyCors } from './http/cors.ts';
import { rateLimit } from './http/rate-limit.ts';
import { securityHeaders } from './http/security-headers.ts';
import { assetCitationStore, type CitationStore } from './citation-store.ts';
import { langFromAcceptLanguage, langOfPath } from '../domain/i18n/lang.ts';
import { prefersHtml, renderSiteNotFoundPage } from './pages/not-found-page.ts';
import { sitePageRoutes } from './pages/page-routes.ts';
import { recordPageRoutes } from './pages/record-routes.ts';
import { completeDocument, documentInfo } from './openapi-contract.ts';
import { problem } from './problem.ts';
import { casesRoutes } from './routes/cases.ts';
import { citeRoutes } from './routes/cite.ts';
import { exportRoutes } from './routes/export.ts';
import { permalinksRoutes } from './routes/permalinks.ts';
import { codebookRoutes } from './routes/codebook.ts';
import { healthRoutes } from './routes/health.ts';
import { matchRoutes } from './routes/match.ts';
import { referenceRoutes } from './routes/reference.ts';
import { releaseRoutes } from './routes/releases.ts';

/** Requests carry at most a query and some weights; anything bigger is a mistake or an attack. */
export const maxBodyBytes = 64 * 1024;

/** A fault of the body as a whole (not JSON, too large): the pointer `#` names the whole document. */
const wholeBody = (detail: string) => [{ in: 'body' as const, pointer: '#', detail }];

export interface AppOptions {
  /** Where the citation templates come from; by default the static assets behind the ASSETS binding. */
  citations?: CitationStore;
}

export function createApp(caseBase: CompiledCaseBase, options: AppOptions = {}) {
  const app = createRouter();
  app.use(async (c, next) => {
    c.set('caseBase', caseBase);
    c.set('citations', options.citations ?? assetCitationStore(c.env?.ASSETS));
    await next();
    // Every answer, errors and pages included, says which data and engine it came from.
    c.res.headers.set('Precedents-Dataset-Version', caseBase.datasetVersion);
    c.res.headers.set('Precedents-Engine-Version', engineVersion);
  });
  // Outermost first: headers on everything (429s and 304s included), then who may read, then how much, then caching.
  app.use(securityHeaders());
  app.use('/api/*', readOnlyCors());
  app.use(rateLimit());
  app.use(caching());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problem(
          c,
          405,
          `${c.req.method} is not allowed here; use ${methods.join(', ')}.`,
          [{ in: 'method', pointer: '#', detail: `${c.req.method} is not one of ${methods.join(', ')}` }],
          {
            Allow: methods.join(', '),
          },
        ),
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        problem(
          c,
          413,
          `The request body is larger than ${maxBodyBytes} bytes.`,
          wholeBody(`larger than ${maxBodyBytes} bytes`),
        ),
    }),
  );

  app.route('/', healthRoutes);
  app.route('/', casesRoutes);
  app.route('/', codebookRoutes);
  app.route('/', matchRoutes);
  app.route('/', permalinksRoutes);
  app.route('/', citeRoutes);
  app.route('/', exportRoutes);
  app.route('/', recordPageRoutes);
  app.route('/', sitePageRoutes);
  app.route('/', releaseRoutes);

  // The document is built once per app, on first request, and completed with what every operation must carry.
  let openApiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    openApiDocument ??= completeDocument(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Precedents API',
          version: engineVersion,
          description:
            'Historical confidence-building mechanisms and proposed AI governance measures, coded on one codebook. ' +
            'Every response carries the dataset version (content hash of the case-base). ' +
            'Errors are RFC 9457 problem documents. ' +
            'The site itself: [the explorer](/), [the list](/list), [about](/about).',
          ...documentInfo,
        },
      }),
    );
    return c.json(openApiDocument);
  });
  app.route('/', referenceRoutes);

  app.notFound((c) => {
    // A reader following a bad link gets a page with the way on; an API client still gets a problem document.
    const path = new URL(c.req.url).pathname;
    if (c.req.method === 'GET' && prefersHtml(c.req.header('Accept'))) {
      // The address says the language (/zh/…); where it does not, the reader's Accept-Language does.
      const lang = langOfPath(path) === 'zh' ? 'zh' : langFromAcceptLanguage(c.req.header('Accept-Language'));
      c.header('Vary', 'Accept, Accept-Language');
      return c.html(renderSiteNotFoundPage(path, caseBase.datasetVersion, engineVersion, lang), 404);
    }
    return problem(c, 404, `Nothing is served at ${path}.`, [
      { in: 'path', pointer: '#', detail: 'no route has this path' },
    ]);
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400)
      return problem(c, 400, error.message, wholeBody(error.message));
    if (error instanceof HTTPException && error.status === 413)
      return problem(c, 413, error.message, wholeBody(error.message));
    // The JSON validator refuses a body declared as another type (a form, text) before reading it.
    if (error instanceof HTTPException && error.status === 415)
      return problem(c, 415, 'The body must be JSON, sent with Content-Type: application/json.', [
        {
          in: 'header',
          pointer: '#/content-type',
          detail: `expected application/json; got ${quoteInput(c.req.header('Content-Type'))}`,
        },
      ]);
    // Internals stay in the log; the client learns only that it was our fault.
    console.error(error);
    return problem(c, 500, 'Something went wrong on our side. The error has been logged.');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
