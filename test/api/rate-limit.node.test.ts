/**
 * The rate-limit middleware with a stand-in for the Workers binding that allows a fixed number of
 * requests per key, as the binding does within one window. (Driving miniflare's binding through
 * `exports.default` from the workers pool hung in this setup, so the binding's own counting is not
 * exercised here.)
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import caseBase from '../../src/generated/casebase.js';

function limiter(budget: number) {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    async limit({ key }: { key: string }) {
      keys.push(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { success: counts.get(key)! <= budget };
    },
  };
}

describe('rate limit', () => {
  const app = createApp(caseBase);

  it('answers 429 problem+json to one address past its budget, and only to that address', async () => {
    const RATE_LIMITER = limiter(3);
    const from = (ip?: string) => app.request('/api/v1/health', { headers: ip ? { 'cf-connecting-ip': ip } : {} }, { RATE_LIMITER });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(200);
    const limited = await from('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('cache-control')).toBe('no-store');
    expect(await limited.json()).toMatchObject({ status: 429, errors: [{ in: 'header', pointer: '#/cf-connecting-ip' }] });
    expect((await from('203.0.113.8')).status).toBe(200);
  });

  it('does not count internal requests (no client address) or loopback ones (the operator’s machine)', async () => {
    const RATE_LIMITER = limiter(0);
    const from = (ip?: string) => app.request('/api/v1/health', { headers: ip ? { 'cf-connecting-ip': ip } : {} }, { RATE_LIMITER });
    for (const ip of [undefined, '127.0.0.1', '::1']) expect((await from(ip)).status).toBe(200);
    expect(RATE_LIMITER.keys).toEqual([]);
    expect((await from('198.51.100.1')).status).toBe(429);
  });
});
