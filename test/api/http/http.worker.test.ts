/** HTTP behaviour around the routes, inside workerd: caching (ETag, 304) and read-only CORS. The rate limit: test/api/http/rate-limit.node.test.ts. */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  exports.default.fetch(new Request(`http://precedents.test${path}`, { method, headers }));

describe('caching', () => {
  const cached = [
    '/api/v1/cases/us-ussr-hotline-mou-1963',
    '/api/v1/match?measure=ai-incident-communication',
    '/api/v1/codebook',
    '/cases/us-ussr-hotline-mou-1963',
  ];

  it('tags GET answers with the dataset version and answers If-None-Match with 304', async () => {
    const { datasetVersion } = (await (await get('/api/v1/health')).json()) as { datasetVersion: string };
    for (const path of cached) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag, path).toMatch(new RegExp(`^"${datasetVersion}-[0-9a-f]{24}"$`));
      expect(first.headers.get('cache-control'), path).toBe('public, max-age=300, must-revalidate');
      const again = await get(path, { 'If-None-Match': `W/${etag}, "other"` });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
      expect((await get(path, { 'If-None-Match': '"stale"' })).status).toBe(200);
    }
  });

  it('revalidates health every time and never stores errors or POST answers', async () => {
    expect((await get('/api/v1/health')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/api/v1/cases/no-such-case-1900')).headers.get('cache-control')).toBe('no-store');
    const post = await exports.default.fetch(
      new Request('http://precedents.test/api/v1/match', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"measure":"ai-incident-communication","runs":0}',
      }),
    );
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
  });
});

describe('CORS', () => {
  it('lets any origin read with GET, and exposes the caching and version headers', async () => {
    const response = await get('/api/v1/health', { Origin: 'https://elsewhere.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('does not allow a cross-origin POST: the preflight names only GET and HEAD', async () => {
    const preflight = await get(
      '/api/v1/match',
      {
        Origin: 'https://elsewhere.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
      'OPTIONS',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
  });
});
