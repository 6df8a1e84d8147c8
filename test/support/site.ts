/**
 * One `wrangler dev` server and one Chromium page for a block of browser tests: started before the block's
 * tests, stopped after. Kept apart from browser.ts, which scripts use outside the test runner.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  browserAvailable,
  chromiumPath,
  launchBrowser,
  startDevServer,
  type Browser,
  type DevServer,
} from './browser.ts';

/** `ready` receives the page once the site is up; `url` turns a path into the served address. */
export function useSite(ready: (page: Page) => void): { url(path: string): string } {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!browserAvailable())
      throw new Error(
        `No Chromium at ${chromiumPath}: under CI the browser tests must run (apt-get install -y chromium).`,
      );
    if (!existsSync('web/dist/index.html') || !existsSync('web/dist/graph.json'))
      throw new Error('web/dist is not built: run `npm run build` first (npm test does).');
    server = await startDevServer();
    browser = await launchBrowser();
    ready(await browser.context.newPage());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);
  return { url: (path) => `${server!.url}${path}` };
}
