/**
 * The HTTP application: the routes of `/api/v1` and the server-rendered record pages, over a given
 * case-base. The Worker passes the embedded case-base; tests pass fixtures.
 */
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { engineVersion } from '../domain/engine-version.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import { createRouter } from './app-env.ts';
import { assetCitationStore, type CitationStore } from './citation-store.ts';
import { sitePages } from './pages/page-routes.ts';
import { recordPages } from './pages/record-routes.ts';
import { problem } from './problem.ts';
import { cases } from './routes/cases.ts';
import { citations } from './routes/cite.ts';
import { exporting } from './routes/export.ts';
import { permalinks } from './routes/permalinks.ts';
import { codebook } from './routes/codebook.ts';
import { health } from './routes/health.ts';
import { matching } from './routes/match.ts';
import { reference } from './routes/reference.ts';

/** Requests carry at most a query and some weights; anything bigger is a mistake or an attack. */
export const maxBodyBytes = 64 * 1024;

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
  app.use(methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => problem(c, 405, `${c.req.method} is not allowed here; use ${methods.join(', ')}.`, undefined, { Allow: methods.join(', ') }) }));
  app.use('/api/*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problem(c, 413, `The request body is larger than ${maxBodyBytes} bytes.`) }));

  app.route('/', health);
  app.route('/', cases);
  app.route('/', codebook);
  app.route('/', matching);
  app.route('/', permalinks);
  app.route('/', citations);
  app.route('/', exporting);
  app.route('/', recordPages);
  app.route('/', sitePages);

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Precedents API',
      version: engineVersion,
      description:
        'Historical confidence-building mechanisms and proposed AI governance measures, coded on one codebook. ' +
        `Every response carries the dataset version (content hash of the case-base). Errors are RFC 9457 problem documents.`,
      license: { name: 'MIT' },
    },
  });
  app.route('/', reference);

  app.notFound((c) => problem(c, 404, `Nothing is served at ${new URL(c.req.url).pathname}.`));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400) return problem(c, 400, error.message);
    if (error instanceof HTTPException && error.status === 413) return problem(c, 413, error.message);
    // Internals stay in the log; the client learns only that it was our fault.
    console.error(error);
    return problem(c, 500, 'Something went wrong on our side. The error has been logged.');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
