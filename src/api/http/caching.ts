/**
 * ETag and Cache-Control on successful GET answers (API and record pages), and 304 Not Modified when
 * the client already holds them. Every answer is a function of the request, the dataset and the engine
 * (src/domain is deterministic), so the tag is the dataset version plus a hash of the bytes: a new
 * dataset gives new tags even where a hash would collide, and a tag reads as the data it came from.
 * Errors and non-GET answers are never stored.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * The dataset only changes with a deploy; five minutes bounds how long a reader may see the old one,
 * after which revalidation costs a 304. Health is revalidated every time (it reports liveness).
 */
export const cacheControl = {
  default: 'public, max-age=300, must-revalidate',
  health: 'no-cache',
  uncached: 'no-store',
} as const;

async function hash(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly; `*` matches any current representation. */
function matches(ifNoneMatch: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(etag));
}

export function caching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) {
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', cacheControl.uncached);
      return;
    }
    const pathname = new URL(c.req.url).pathname;
    const etag = `"${c.get('caseBase').datasetVersion}-${await hash(await c.res.clone().arrayBuffer())}"`;
    const cache = pathname === '/api/v1/health' ? cacheControl.health : cacheControl.default;
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
      // A 304 carries the validators and caching headers, and no body (RFC 9110 §15.4.5). Hono copies the
      // old response's headers onto the new one (all but Content-Type), so those of the body go afterwards.
      c.res = new Response(null, { status: 304 });
      for (const name of ['Content-Length', 'Content-Disposition']) c.res.headers.delete(name);
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', cache);
      return;
    }
    c.res.headers.set('ETag', etag);
    c.res.headers.set('Cache-Control', cache);
  };
}
