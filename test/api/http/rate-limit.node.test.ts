/** The budget the Worker states in its 429s is the one wrangler.toml configures, read with wrangler's own config reader. */
import { unstable_readConfig } from 'wrangler';
import { describe, expect, it } from 'vitest';
import { rateLimitPeriodSeconds, rateLimitRequests } from '../../../src/api/http/rate-limit.ts';

describe('rate-limit configuration', () => {
  it('wrangler.toml binds RATE_LIMITER with the budget the 429 message states', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml' });
    const binding = config.ratelimits.find((r: { name: string }) => r.name === 'RATE_LIMITER');
    expect(binding?.simple).toEqual({ limit: rateLimitRequests, period: rateLimitPeriodSeconds });
  });
});
