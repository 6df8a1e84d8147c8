/**
 * What the browser tests, the benches and `npm run screenshots` share: `wrangler dev` on a free port,
 * and Debian's Chromium driven by playwright-core with the launch flags below (`chromiumArgs`). Each
 * piece is started by its caller and stopped by it, by process group, so nothing is left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.PRECEDENTS_CHROMIUM ?? '/usr/bin/chromium';

/** Never add --disable-software-rasterizer: without it WebGL is null and sigma cannot draw. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  return existsSync(chromiumPath);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `wrangler dev` on the built site (web/dist must exist) and waits until the API answers. */
export async function startDevServer(timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'node_modules/.bin/wrangler',
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--log-level', 'warn'],
    {
      env: {
        ...process.env,
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it also stops the workerd it spawns.
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'precedents-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `use` on a fresh page of the site served by `wrangler dev`; the browser and the server are stopped after. */
export async function onSite<T>(use: (page: Page, url: string) => Promise<T>): Promise<T> {
  const server = await startDevServer();
  try {
    const browser = await launchBrowser();
    try {
      return await use(await browser.context.newPage(), server.url);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/**
 * Waits until `condition` (page-side JavaScript, as a string) is true, polling from Node.
 * page.waitForFunction would evaluate the string inside the page, which the site's
 * Content-Security-Policy (no 'unsafe-eval') rightly blocks whenever the condition is not already true.
 */
export async function until(page: Page, condition: string, timeoutMs = 20_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${condition}`);
    await page.waitForTimeout(everyMs);
  }
}

/** In the workbench: opens the first result side by side with the query, and waits for the comparison. */
export async function openFirstSideBySide(page: Page): Promise<void> {
  await page
    .locator('ol.results li.result')
    .first()
    .getByRole('button', { name: /^Side by side/ })
    .click();
  await page.waitForSelector('.comparison table');
}

/** Loads the workbench's address again and waits until the comparison and the ranking are back from it. */
export async function reloadWorkbench(page: Page): Promise<void> {
  await page.goto(page.url());
  await page.waitForSelector('.comparison table');
  await page.waitForSelector('ol.results li.result');
}
