/**
 * Rate limiting with the Workers Rate Limiting binding (wrangler.toml `[[ratelimits]]`, RATE_LIMITER):
 * a fixed budget per client address (cf-connecting-ip), answered with a 429 problem document beyond it.
 * The budget (wrangler.toml) is 600 requests a minute per address — ten a second, sustained for a whole
 * minute, which a reader clicking through pages and comparisons never reaches.
 *
 * Requests without a client address are not counted: Cloudflare's edge sets cf-connecting-ip on every
 * request from the Internet (and overwrites any a client sends), so its absence means the request came
 * from inside — a test calling the handler, a service binding. Loopback addresses are not counted
 * either: the edge never reports one, so they only arise on the operator's machine (`wrangler dev`,
 * `npm run load`). The binding counts per Cloudflare location, so the limit is approximate by design.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { problem } from '../problem.ts';

/** The budget configured in wrangler.toml (`[[ratelimits]]`), repeated here for the 429 message; test/api/http/rate-limit.node.test.ts holds the two equal. */
export const rateLimitRequests = 600;
export const rateLimitPeriodSeconds = 60;

const loopback = (ip: string) => ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');

export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env?.RATE_LIMITER;
    const ip = c.req.header('cf-connecting-ip');
    if (!limiter || !ip || loopback(ip)) return next();
    const { success } = await limiter.limit({ key: ip });
    if (!success)
      return problem(
        c,
        429,
        `Too many requests from this address (more than ${rateLimitRequests} in ${rateLimitPeriodSeconds} seconds); try again within ${rateLimitPeriodSeconds} seconds.`,
        [
          {
            in: 'header',
            pointer: '#/cf-connecting-ip',
            detail: `more than ${rateLimitRequests} requests in ${rateLimitPeriodSeconds} seconds from ${ip}`,
          },
        ],
        { 'Retry-After': String(rateLimitPeriodSeconds), 'Cache-Control': 'no-store' },
      );
    await next();
  };
}
