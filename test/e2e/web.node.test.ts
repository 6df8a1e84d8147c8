/**
 * Browser tests: Debian's Chromium, driven by playwright-core, against `wrangler dev` serving the built
 * site and the API, as a reader would use them. Without Chromium they are skipped on a developer's
 * machine; under CI=true a missing browser fails the run. Every assertion waits for the state it checks
 * (`until`), never for time. The README's screenshots are taken by `npm run screenshots`, not here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapKinds, type MapFile } from '../../src/domain/graph-file.ts';
import { positionsOf } from '../../web/src/explorer/spread.ts';
import {
  browserAvailable,
  chromiumPath,
  openFirstSideBySide,
  reloadWorkbench,
  until as waitFor,
} from '../support/browser.ts';
import { useSite } from '../support/site.ts';
import { mapGraph, spreadInNode } from '../support/spread.ts';

const ci =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

interface ExplorerHandle {
  graph: {
    order: number;
    hasNode(id: string): boolean;
    mapNodes<T>(fn: (id: string, a: { x: number; y: number }) => T): T[];
  };
  spreader: { phase(): { phase: string } };
  store: { get(): { selected?: string } };
  sigma: { getNodeDisplayData(id: string): { hidden: boolean } | undefined; getCamera(): { ratio: number } };
  visible(): Set<string>;
}

// Under CI a missing browser is a failed test, not a silent skip.
describe.runIf(ci)('the CI machine', () => {
  it('has Chromium for the browser tests', () => {
    expect(
      browserAvailable(),
      `No Chromium at ${chromiumPath}: install it (apt-get install -y chromium), as .ci/run does.`,
    ).toBe(true);
  });
});

describe.runIf(browserAvailable() || ci)('the site in a browser', () => {
  let page: Page;
  const { url } = useSite((p) => (page = p));
  const api = async <T>(path: string) => (await (await fetch(url(path))).json()) as T;
  /** Runs `fn` in the page on the explorer's handles; its source is sent, so it may not close over anything. */
  const explorer = <T>(fn: (e: ExplorerHandle) => T) =>
    page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
  // Page-side conditions are strings: this project's TypeScript has no DOM types outside web/.
  const until = (condition: string) => waitFor(page, condition);
  /** Waits until the element's text contains `text`. */
  const untilText = (selector: string, text: string) =>
    until(
      `document.querySelector(${JSON.stringify(selector)})?.textContent.includes(${JSON.stringify(text)}) === true`,
    );
  /** Waits until `selector` matches exactly `n` elements. */
  const untilCount = (selector: string, n: number) =>
    until(`document.querySelectorAll(${JSON.stringify(selector)}).length === ${n}`);
  const active = (condition: string) => page.evaluate(condition) as Promise<boolean>;

  async function openExplorer(path = '/') {
    await page.goto(url(path));
    await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
    await until('window.__explorer !== undefined');
  }

  it('draws the explorer with one node per record of the kinds it maps', async () => {
    await openExplorer();
    const totals = await Promise.all(
      mapKinds.map((kind) => api<{ total: number }>(`/api/v1/cases?kind=${kind}&limit=1`)),
    );
    const expected = totals.reduce((sum, t) => sum + t.total, 0);
    expect(await explorer((e) => e.graph.order)).toBe(expected);
    // States and organisations wait behind a tick in the legend (test/e2e/site.node.test.ts).
    const actors = totals[mapKinds.indexOf('actor')].total;
    expect(await explorer((e) => e.visible().size)).toBe(expected - actors);
    expect(await page.locator('#legend input[name=family]').count()).toBeGreaterThan(0);
    // The labels drawn on the first frame stay: nothing after it (such as the first resize report) wipes them.
    const labelPixels = `(() => { const c = document.querySelector('canvas.sigma-labels'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()`;
    await until(`${labelPixels} > 0`);
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`);
    expect(await page.evaluate(labelPixels)).toBeGreaterThan(0);
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
  });

  it('hides the records a filter leaves out', async () => {
    await openExplorer();
    const before = await explorer((e) => e.visible().size);
    await page.uncheck('#legend input[data-family=communication]');
    await until(`window.__explorer.visible().size < ${before}`);
    const after = await explorer((e) => e.visible().size);
    await until(`window.__explorer.sigma.getNodeDisplayData('us-ussr-hotline-mou-1963')?.hidden === true`);
    await until(`location.search.includes('family=')`);
    const total = await explorer((e) => e.graph.order);
    await untilText('#filter-status', `Showing ${after} of ${total}`);
  });

  it('spreads the records shown in the layout worker exactly as ForceAtlas2 computes it, and restores the shared layout', async () => {
    const graph = mapGraph((await api<MapFile>('/graph.json')) as MapFile);
    const shared = positionsOf(graph);
    const onMap = () => explorer((e) => e.graph.mapNodes((id, a) => [id, a.x, a.y] as const));

    await openExplorer('/?from=1960&to=1980');
    const shown = new Set(await explorer((e) => [...e.visible()]));
    expect(shown.size).toBeGreaterThan(2);
    expect(shown.size).toBeLessThan(graph.order);
    await page.click('#layout-spread');
    await until(`window.__explorer.spreader.phase().phase === 'spread'`);
    await untilText('#layout-status', `The ${shown.size} records shown are spread`);

    // What the worker computed is what ForceAtlas2 computes in Node for the same view: the same view spreads the same way everywhere.
    const expected = spreadInNode(graph, shown);
    let moved = 0;
    for (const [id, x, y] of await onMap()) {
      const want = expected.get(id) ?? shared.get(id)!; // records not shown keep their shared place
      expect(x, id).toBeCloseTo(want.x, 6);
      expect(y, id).toBeCloseTo(want.y, 6);
      if (expected.has(id) && Math.hypot(x - shared.get(id)!.x, y - shared.get(id)!.y) > 1e-3) moved++;
    }
    expect(moved).toBeGreaterThan(shown.size / 2);

    await page.click('#layout-restore');
    for (const [id, x, y] of await onMap()) expect([x, y], id).toEqual([shared.get(id)!.x, shared.get(id)!.y]);

    // A spread belongs to its view: changing the filters brings the shared layout back, and says so.
    await page.click('#layout-spread');
    await until(`window.__explorer.spreader.phase().phase === 'spread'`);
    await page.click('#filter-reset');
    await until(`window.__explorer.spreader.phase().phase === 'shared'`);
    await untilText('#layout-status', 'shared layout is back');
    for (const [id, x, y] of await onMap()) expect([x, y], id).toEqual([shared.get(id)!.x, shared.get(id)!.y]);
  });

  it('ranks precedents for a measure in the workbench, from its address', async () => {
    await page.goto(url('/compare?measure=ai-incident-communication'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await page.locator('ol.results li.result').count()).toBeGreaterThan(0);
    await untilText('#status', 'closest precedents');
    expect(await page.locator('.result .score .bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.result .robustness').count()).toBeGreaterThan(0);
    expect(await page.locator('#features select, #features fieldset').count()).toBeGreaterThan(10);
    // A preset goes into the address, so the view can be shared.
    await page.selectOption('#preset', { index: 1 });
    await until(`location.search.includes('preset=')`);
    await openFirstSideBySide(page);
    expect(page.url()).toContain('b=');
    await reloadWorkbench(page);
  });

  it('turns free text into suggested features and ranks precedents for it', async () => {
    await page.goto(
      url(`/compare?text=${encodeURIComponent('a hotline between rival militaries to clarify AI incidents')}`),
    );
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await page.locator('#features .feature.from-text').count()).toBeGreaterThan(0);
    expect(await page.textContent('#features .feature.from-text')).toMatch(/Suggested by .*“hotline”/);
  });

  it('shows lineage families, the contemporary lane, both robustness figures, and where a precedent ranks', async () => {
    await page.goto(url('/compare?measure=ai-crisis-hotline'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await page.textContent('ol.results')).toContain('Family: Hotline');
    expect(await page.textContent('ol.results .robustness')).toMatch(
      /Doubtful coding: stays in the top \d+ in \d+ % of 200 plausible re-codings/,
    );
    expect(await page.isHidden('#contemporary')).toBe(false);
    expect(await page.locator('#contemporary ol.lane-results li.result').count()).toBeGreaterThan(0);
    await page.selectOption('#why-candidate', 'us-ussr-incsea-1972');
    await page.click('#why-form button[type=submit]');
    await until(`document.querySelector('#why-answer p')?.textContent.includes('ranks')`);
    expect(await page.textContent('#why-answer')).toMatch(/ranks \d+, with score/);
    // The family toggle gives the flat ranking: the three hotline records each on their own.
    await page.uncheck('#group-families');
    await until(
      `location.search.includes('group=none') && !document.querySelector('#results')?.getAttribute('aria-busy')`,
    );
    await until(
      `[...document.querySelectorAll('ol.results li.result')].filter((li) => li.dataset.id.startsWith('us-ussr-hotline')).length === 3`,
    );
  });

  it('gives no ranking, permalink or citation when nothing in the words was understood', async () => {
    await page.goto(url('/compare?text=zzzz%20qqqq'));
    await until(`document.querySelector('#status')?.textContent.includes('Nothing in these words matched')`);
    expect(await page.locator('ol.results li.result').count()).toBe(0);
    expect(await page.isHidden('#result-tools')).toBe(true);
  });

  /** The ids of the ranked results, in their order on the page. */
  const resultIds = () =>
    page.evaluate(`[...document.querySelectorAll('ol.results li.result')].map((li) => li.dataset.id)`) as Promise<
      string[]
    >;

  it('gives a permalink that, opened again, shows the same ranking, and says so', async () => {
    await page.goto(url('/compare?measure=ai-incident-communication&preset=function&w.track=2'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    const ids = await resultIds();
    expect(ids.length).toBeGreaterThan(0);
    await page.click('#permalink-button');
    await until(`document.querySelector('#permalink-button')?.getAttribute('aria-expanded') === 'true'`);
    const permalink = await page.inputValue('#permalink-url');
    const { datasetVersion, engineVersion } = await api<{ datasetVersion: string; engineVersion: string }>(
      '/api/v1/health',
    );
    expect(permalink).toContain(`s=1&v=${datasetVersion}&e=${engineVersion}`);
    // The page writes the permalink the API would mint for the same request.
    const minted = (await (
      await fetch(url('/api/v1/permalinks'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          measure: 'ai-incident-communication',
          preset: 'function',
          weights: { track: 2 },
          limit: 10,
        }),
      })
    ).json()) as { href: string };
    const opened = new URL(permalink);
    expect(`${opened.pathname}${opened.search}`).toBe(minted.href);

    await page.goto(permalink);
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    expect(await resultIds()).toEqual(ids);
    await untilText('#permalink-status', 'Reproduced');
    expect(await page.getAttribute('#permalink-status', 'role')).toBe('status');
    // The controls show the pinned question.
    expect(await page.inputValue('#measure')).toBe('ai-incident-communication');
    expect(await page.inputValue('#preset')).toBe('function');
  });

  it('says plainly when a permalink was made on another dataset version, with both versions', async () => {
    const { datasetVersion } = await api<{ datasetVersion: string }>('/api/v1/health');
    const current = await api<{ results: { id: string }[] }>('/api/v1/match?measure=ai-incident-communication');
    await page.goto(url('/compare?m=ai-incident-communication&s=1&v=000000000000&e=1.0.0'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    await untilText('#permalink-status', 'Not the pinned result');
    const notice = (await page.textContent('#permalink-status')) ?? '';
    expect(notice).toContain('Not the pinned result');
    expect(notice).toContain('000000000000');
    expect(notice).toContain(datasetVersion);
    expect(await page.locator('#permalink-status table.versions').count()).toBe(1);
    // What is shown is the current result for the same query.
    expect(await resultIds()).toEqual(current.results.map((r) => r.id));
  });

  it('shows the published verdicts in a panel beside the ranking, apart from the scores', async () => {
    // cases/verdicts/xiao-qian-hotlines.yaml: a verdict on this measure and the 1963 Hotline.
    const response = await api<{
      results: { id: string; rank: number }[];
      verdicts: { id: string; mechanism: string; rank?: number }[];
    }>('/api/v1/match?measure=ai-incident-communication');
    expect(response.verdicts.map((v) => v.id)).toContain('xiao-qian-hotlines');
    await page.goto(url('/compare?measure=ai-incident-communication'));
    await page.waitForSelector('#verdicts .verdict', { timeout: 20_000 });
    expect(await page.locator('ol.results #verdicts, ol.results .verdict').count()).toBe(0);
    expect(await page.locator('#verdicts .verdict').count()).toBe(response.verdicts.length);
    const verdict = page.locator('#verdicts .verdict[data-id="xiao-qian-hotlines"]');
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain('Partly like it');
    expect(text).toContain('Xiao Qian');
    expect(text).toContain('Cold War');
    const ranked = response.verdicts.find((v) => v.id === 'xiao-qian-hotlines')!.rank;
    if (ranked !== undefined) expect(text).toContain(`ranked ${ranked} here`);
    else expect(text).toContain('not among these results');
  });

  it('cites the comparison and a result in six formats, BibTeX and GB/T 7714 among them', async () => {
    await page.goto(url('/compare?measure=ai-incident-communication&preset=function'));
    await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
    await page.click('#cite-comparison');
    await page.waitForSelector('dialog.cite-dialog[open] .cite-formats');
    expect(await page.textContent('dialog.cite-dialog h2')).toBe('Cite this comparison');
    expect(await page.locator('dialog.cite-dialog .cite-format').count()).toBe(6);
    expect(await page.locator('dialog.cite-dialog pre[id$="-gb-t-7714"]').textContent()).toContain('[DS/OL]');
    const bibtex = (await page.locator('dialog.cite-dialog pre[id$="-bibtex"]').textContent()) ?? '';
    expect(bibtex).toMatch(/^@\w+\{/);
    expect(bibtex).toContain('m=ai-incident-communication');
    await page.click('dialog.cite-dialog .cite-close');
    // Closing removes the dialog on its `close` event, which may come after the click returns.
    await untilCount('dialog.cite-dialog', 0);

    const first = page.locator('ol.results li.result').first();
    const id = await first.getAttribute('data-id');
    await first.getByRole('button', { name: /^Cite/ }).click();
    await page.waitForSelector('dialog.cite-dialog[open] .cite-formats');
    expect(await page.locator('dialog.cite-dialog pre[id$="-bibtex"]').textContent()).toContain(`/cases/${id}`);
    await page.click('dialog.cite-dialog .cite-close');
    await untilCount('dialog.cite-dialog', 0);
  });

  it('serves record pages with their citation meta tags', async () => {
    await page.goto(url('/cases/us-ussr-hotline-mou-1963'));
    expect(await page.getAttribute('meta[name=citation_title]', 'content')).toBeTruthy();
    expect(await page.getAttribute('meta[name=citation_author]', 'content')).toBeTruthy();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    // /cite.js (web/src/cite/record-page.ts, built by Vite) turns the cite panel into a dialog with copy buttons.
    await page.waitForSelector('button.cite-open');
    await page.click('button.cite-open');
    await page.waitForSelector('dialog.cite-dialog[open] button.cite-copy:not([hidden])');
    await page.locator('dialog.cite-dialog button.cite-copy:not([hidden])').first().click();
    await until(`/Copied|Selected/.test(document.querySelector('dialog.cite-dialog .cite-status')?.textContent ?? '')`);
  });

  it("shows a record's relations both ways on its page, and follows one by keyboard", async () => {
    await page.goto(url('/cases/us-ussr-incsea-1972'));
    const incoming = page.locator('ul.relations-incoming li');
    expect(await incoming.count()).toBeGreaterThan(0);
    const modelFor = page.locator('ul.relations-incoming li', { hasText: 'Model for' }).first();
    expect(await modelFor.locator('.relation-label').textContent()).toBe('Model for');
    const link = modelFor.locator('a');
    const target = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(
      await page.locator('ul.relations-outgoing .relation-label', { hasText: 'Modelled on' }).count(),
    ).toBeGreaterThan(0);
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
    expect(await tabUntil(() => active(`document.activeElement?.closest('table#records tbody') !== null`), 40)).toBe(
      true,
    );
  });
});
