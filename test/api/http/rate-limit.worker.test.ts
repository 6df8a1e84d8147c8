/**
 * The rate limit with the real Workers Rate Limiting binding (wrangler.toml `[[ratelimits]]`) as
 * workerd provides it, through the Worker's own fetch handler. Each test uses its own documentation
 * address (RFC 5737), since the binding's counts outlive a single test.
 */
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { rateLimitPeriodSeconds, rateLimitRequests } from '../../../src/api/http/rate-limit.ts';
import worker from '../../../src/worker.ts';

const from = (ip: string | undefined, path = '/api/v1/health') =>
  worker.fetch(
    new Request(`http://precedents.test${path}`, { headers: ip ? { 'cf-connecting-ip': ip } : {} }),
    env as Parameters<typeof worker.fetch>[1],
    createExecutionContext(),
  );

async function statuses(ip: string | undefined, count: number, path?: string) {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await from(ip, path);
    await response.arrayBuffer();
    seen.push(response.status);
  }
  return seen;
}

/**
 * The binding counts in fixed windows of the period, aligned to the clock (workerd's simulation, as the
 * service): a run that crosses into the next window starts its count again, so its 429 never comes. Such a
 * run is made once more from a second address, which then starts just after the window turned.
 */
async function inOneWindow(addresses: [string, string], run: (ip: string) => Promise<void>) {
  const window = () => Math.floor(Date.now() / (rateLimitPeriodSeconds * 1000));
  const started = window();
  try {
    await run(addresses[0]);
  } catch (failure) {
    if (window() === started) throw failure;
    await run(addresses[1]);
  }
}

describe('rate limit (Workers binding in workerd)', () => {
  it('lets one address make its budget of requests, then answers 429 problem+json, to that address only', async () =>
    inOneWindow(['203.0.113.7', '203.0.113.9'], async (ip) => {
      const seen = await statuses(ip, rateLimitRequests);
      expect(seen.every((s) => s === 200)).toBe(true);
      const limited = await from(ip);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(limited.headers.get('retry-after')).toBe(String(rateLimitPeriodSeconds));
      expect(limited.headers.get('cache-control')).toBe('no-store');
      // A 429 still carries the security headers, and names the part of the request it is about.
      expect(limited.headers.get('content-security-policy')).toBeTruthy();
      expect(await limited.json()).toMatchObject({
        status: 429,
        errors: [{ in: 'header', pointer: '#/cf-connecting-ip' }],
      });
      expect((await from('203.0.113.8')).status).toBe(200);
    }));

  it('counts pages and API alike: the budget is per address, not per route', async () =>
    inOneWindow(['198.51.100.20', '198.51.100.21'], async (ip) => {
      const seen = [
        ...(await statuses(ip, rateLimitRequests / 2, '/list')),
        ...(await statuses(ip, rateLimitRequests / 2, '/api/v1/codebook')),
      ];
      expect(seen.filter((s) => s !== 200)).toEqual([]);
      expect((await from(ip, '/cases/us-ussr-hotline-mou-1963')).status).toBe(429);
    }));

  it('does not count requests without a client address (internal) or from loopback (the operator’s machine)', async () => {
    for (const ip of [undefined, '127.0.0.1', '::1'])
      expect(new Set(await statuses(ip, rateLimitRequests + 50))).toEqual(new Set([200]));
  });
});
