import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from '../domain/schema.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import type { CitationStore } from './citation-store.ts';
import { validationProblem } from './problem.ts';

/**
 * What every handler can reach: the case-base it answers from (the embedded one, or a test fixture) and
 * the citation templates rendered for it at build time (static assets, read through the ASSETS binding).
 */
export interface AppEnv {
  /**
   * The bindings of wrangler.toml, as `wrangler types` writes them (`Env` in worker-configuration.d.ts;
   * `npm run cf-typegen` after changing wrangler.toml). Partial: tests in Node call the app without them.
   */
  Bindings: Partial<Env>;
  Variables: { caseBase: CompiledCaseBase; citations: CitationStore };
}

/** What the app asks of the static-assets binding: only `fetch`, so tests and benches can serve files from disk. */
export type AssetReader = Pick<Fetcher, 'fetch'>;

/** A router whose validation failures all become the same 422 problem document. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return validationProblem(c, result.target, result.error, (result as { data?: unknown }).data);
    },
  });
}

/** How a route contract documents a JSON answer (its problems are documented by `problemResponse`). */
export const jsonResponse = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * A record id in a request. Built from @hono/zod-openapi's own zod so `.openapi()` is always there
 * (the domain's schemas may come from another copy of zod when run outside the bundler).
 */
export const recordIdParam = () => z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);
