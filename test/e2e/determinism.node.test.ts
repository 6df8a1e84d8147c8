/**
 * Determinism: the same request gives the same bytes twice in a row, and the same bytes from workerd
 * (`wrangler dev`, case-base read from the asset) as from Node (the app over the imported module).
 * Citations are asked with a fixed access date so that the day of the run does not enter the bytes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { CitationStore } from '../../src/api/citation-store.ts';
import caseBase from '../../src/generated/casebase.js';
import { startDevServer, type DevServer } from '../support/browser.ts';

/** The citation templates the build wrote, read from disk as the ASSETS binding would serve them. */
const fileCitations: CitationStore = {
  record: async (id) => JSON.parse(readFileSync(`web/dist/citations/records/${id}.json`, 'utf8')),
  shared: async () => JSON.parse(readFileSync('web/dist/citations/shared.json', 'utf8')),
};

const requests: [string, RequestInit?][] = [
  ['/api/v1/health'],
  ['/api/v1/cases?kind=mechanism&function=communication&from=1960&to=1990'],
  ['/api/v1/cases/us-ussr-incsea-1972'],
  ['/api/v1/codebook'],
  ['/api/v1/match?measure=ai-incident-communication&seed=7'],
  [
    '/api/v1/match',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: 'a hotline to clarify AI incidents between rival militaries',
        seed: 3,
        runs: 100,
        limit: 20,
      }),
    },
  ],
  ['/api/v1/compare?a=us-ussr-hotline-mou-1963&b=ai-incident-communication'],
  ['/api/v1/cases/us-ussr-hotline-mou-1963/cite?accessed=2026-01-01'],
  ['/api/v1/export?format=csv'],
  ['/api/v1/match?measure=no-such-measure'],
];

describe('determinism across runs and runtimes', () => {
  let server: DevServer | undefined;
  beforeAll(async () => {
    server = await startDevServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('gives the same bytes twice from workerd, and the same from Node', { timeout: 120_000 }, async () => {
    const app = createApp(caseBase, { citations: fileCitations });
    for (const [path, init] of requests) {
      const url = server!.url + path;
      const first = await fetch(url, init);
      const second = await fetch(url, init);
      const node = await app.request(url, init);
      const bytes = [first, second, node].map(async (r) => Buffer.from(await r.arrayBuffer()).toString('base64'));
      const [a, b, n] = await Promise.all(bytes);
      expect(b, `${path}: run to run`).toBe(a);
      expect(n, `${path}: Node against workerd`).toBe(a);
      expect(node.headers.get('etag'), path).toBe(first.headers.get('etag'));
    }
  });
});
