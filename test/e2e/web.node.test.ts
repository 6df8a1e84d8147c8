/**
 * Browser tests: Debian's Chromium, driven by playwright-core, against `wrangler dev` serving the built
 * site and the API, as a reader would use them. Without Chromium they are skipped on a developer's
 * machine; under CI=true a missing browser fails the run. They also write the README's screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapKinds } from '../../src/domain/graph-file.ts';
import { browserAvailable, chromiumPath, launchBrowser, startDevServer, type Browser, type DevServer } from './harness.ts';

const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';
const screenshots = 'docs/screenshots';

interface ExplorerHandle {
  graph: { order: number; hasNode(id: string): boolean };
  store: { get(): { selected?: string } };
  sigma: { getNodeDisplayData(id: string): { hidden: boolean } | undefined; getCamera(): { ratio: number } };
  visible(): Set<string>;
}

// Under CI a missing browser is a failed test, not a silent skip.
describe.runIf(ci)('the CI machine', () => {
  it('has Chromium for the browser tests', () => {
    expect(browserAvailable(), `No Chromium at ${chromiumPath}: install it (apt-get install -y chromium), as .ci/run does.`).toBe(true);
  });
});

describe.runIf(browserAvailable() || ci)('the site in a browser', () => {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!browserAvailable()) throw new Error(`No Chromium at ${chromiumPath}: under CI the browser tests must run (apt-get install -y chromium).`);
    if (!existsSync('web/dist/index.html') || !existsSync('web/dist/graph.json')) throw new Error('web/dist is not built: run `npm run build` first (npm test does).');
    mkdirSync(screenshots, { recursive: true });
    server = await startDevServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  const url = (path: string) => `${server!.url}${path}`;
  const api = async <T>(path: string) => (await (await fetch(url(path))).json()) as T;
  /** Runs `fn` in the page on the explorer's handles; its source is sent, so it may not close over anything. */
  const explorer = <T>(fn: (e: ExplorerHandle) => T) => page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
  // Page-side conditions are strings: this project's TypeScript has no DOM types outside web/.
  const until = (condition: string) => page.waitForFunction(condition);
  const active = (condition: string) => page.evaluate(condition) as Promise<boolean>;

  async function openExplorer(path = '/') {
    await page.goto(url(path));
    await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
    await until('window.__explorer !== undefined');
  }

  it('draws the explorer with one node per record of the kinds it maps', async () => {
    await openExplorer();
    const totals = await Promise.all(mapKinds.map((kind) => api<{ total: number }>(`/api/v1/cases?kind=${kind}&limit=1`)));
    const expected = totals.reduce((sum, t) => sum + t.total, 0);
    expect(await explorer((e) => e.graph.order)).toBe(expected);
    expect(await explorer((e) => e.visible().size)).toBe(expected);
    expect(await page.locator('#legend input[name=family]').count()).toBeGreaterThan(0);
  });

  it('finds a record from the search box, centres on it and opens its details', async () => {
    await openExplorer();
    const name = 'Agreement on the Prevention of Incidents On and Over the High Seas';
    await page.fill('#search', name);
    await page.press('#search', 'Enter');
    await until(`window.__explorer.store.get().selected === 'us-ussr-incsea-1972'`);
    await page.waitForSelector('#details-title');
    expect(await page.textContent('#details-title')).toBe(name);
    await until(`document.activeElement?.id === 'details-title'`);
    expect(await explorer((e) => e.sigma.getCamera().ratio)).toBeLessThan(1);
    expect(page.url()).toContain('node=us-ussr-incsea-1972');
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${screenshots}/explorer.png` });
  });

  it('hides the records a filter leaves out', async () => {
    await openExplorer();
    const before = await explorer((e) => e.visible().size);
    await page.uncheck('#legend input[data-family=communication]');
    const after = await explorer((e) => e.visible().size);
    expect(after).toBeLessThan(before);
    expect(await explorer((e) => e.sigma.getNodeDisplayData('us-ussr-hotline-mou-1963')?.hidden)).toBe(true);
    expect(page.url()).toContain('family=');
    expect(await page.textContent('#filter-status')).toContain(`Showing ${after} of ${before}`);
  });

  it('ranks precedents for a measure in the workbench, from its address', async () => {
    await page.goto(url('/compare?measure=ai-incident-communication'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await page.locator('ol.results li.result').count()).toBeGreaterThan(0);
    expect(await page.textContent('#status')).toContain('closest precedents');
    expect(await page.locator('.result .score .bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.result .robustness').count()).toBeGreaterThan(0);
    expect(await page.locator('#features select, #features fieldset').count()).toBeGreaterThan(10);
    // A preset goes into the address, so the view can be shared.
    await page.selectOption('#preset', { index: 1 });
    await until(`location.search.includes('preset=')`);
    await page.locator('ol.results li.result').first().locator('button').click();
    await page.waitForSelector('.comparison table');
    expect(page.url()).toContain('b=');
    await page.goto(page.url());
    await page.waitForSelector('.comparison table');
    await page.waitForSelector('ol.results li.result');
    await page.screenshot({ path: `${screenshots}/compare.png` });
  });

  it('turns free text into suggested features and ranks precedents for it', async () => {
    await page.goto(url(`/compare?text=${encodeURIComponent('a hotline between rival militaries to clarify AI incidents')}`));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await page.locator('#features .feature.from-text').count()).toBeGreaterThan(0);
    expect(await page.textContent('#features .feature.from-text')).toMatch(/Suggested by .*“hotline”/);
  });

  it('serves record pages with their citation meta tags', async () => {
    await page.goto(url('/cases/us-ussr-hotline-mou-1963'));
    expect(await page.getAttribute('meta[name=citation_title]', 'content')).toBeTruthy();
    expect(await page.getAttribute('meta[name=citation_author]', 'content')).toBeTruthy();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await page.screenshot({ path: `${screenshots}/record.png` });
  });

  it('lists every record in /list', async () => {
    const { total } = await api<{ total: number }>('/api/v1/cases?limit=1');
    await page.goto(url('/list'));
    expect(await page.locator('table#records tbody tr').count()).toBe(total);
  });

  it('reaches the search and the list by keyboard', async () => {
    await openExplorer();
    const tabUntil = async (test: () => Promise<boolean>, presses: number) => {
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press('Tab');
        if (await test()) return true;
      }
      return false;
    };
    expect(await tabUntil(() => active(`document.activeElement?.id === 'search'`), 10)).toBe(true);
    await page.keyboard.type('Hotline');
    await page.keyboard.press('Enter');
    await until('window.__explorer.store.get().selected !== undefined');

    await openExplorer();
    expect(await tabUntil(() => active(`document.activeElement?.textContent === 'List'`), 10)).toBe(true);
    await Promise.all([page.waitForURL('**/list'), page.keyboard.press('Enter')]);
    expect(await tabUntil(() => active(`document.activeElement?.closest('table#records tbody') !== null`), 40)).toBe(true);
  });
});
