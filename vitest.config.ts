import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { domainAlias } from './vite.config.ts';

// CI asks for a JSON report as well, from which it prints its closing "N passed, N failed" line.
const jsonReport = process.env.PRECEDENTS_VITEST_JSON;

export default defineConfig({
  test: {
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
    projects: [
      // Domain, compile step, CLI and browser tests run in Node.
      {
        resolve: { alias: domainAlias },
        test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      // The API runs inside workerd, the runtime it is deployed on.
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // test/api/fuzz.worker.test.ts: 10,900 requests in `npm test`; `npm run fuzz` sends ten times as many, and takes a seed.
            miniflare: {
              bindings: {
                PRECEDENTS_FUZZ_SCALE: process.env.PRECEDENTS_FUZZ_SCALE ?? '1',
                PRECEDENTS_FUZZ_SEED: process.env.PRECEDENTS_FUZZ_SEED ?? '',
              },
            },
          }),
        ],
        test: { name: 'workers', include: ['test/**/*.worker.test.ts'], testTimeout: 30_000 },
      },
    ],
  },
});
