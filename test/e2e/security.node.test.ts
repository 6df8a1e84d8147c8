/**
 * Security in a browser: Debian's Chromium loads pages whose data and queries are hostile — a fixture
 * case file full of markup and script, and hostile query strings, permalinks and ids against the real
 * site on `wrangler dev` — and nothing runs: no dialog, no injected element, no CSP violation. The real
 * pages (explorer, workbench, record, list, about, API reference) load under their Content-Security-Policy
 * without a single violation, and static assets carry the same policy as Worker pages (through _headers).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { memoryCitationStore } from '../../src/api/citation-store.ts';
import { dataCsp, explorerCsp, pageCsp, referenceCsp } from '../../src/api/http/content-security-policy.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { withDatasetVersion } from '../../src/casebase/dataset-version.ts';
import { recordTemplates, sharedTemplates } from '../../src/citation-renderer/templates.ts';
import { engineVersion } from '../../src/domain/engine-version.ts';
import { actorsFile, codebookFile } from '../casebase/fixture.ts';
import {
  browserAvailable,
  launchBrowser,
  startDevServer,
  until,
  type Browser,
  type DevServer,
} from '../support/browser.ts';

/** Each payload, if it ran, would open a dialog naming where it came from. */
const hostile = {
  name: `Hotline </title><script>alert('name')</script>`,
  shortName: `<img src=x onerror="alert('shortName')">`,
  summary: `</script><script>alert('summary')</script> "><svg onload="alert('summary-attr')">`,
  fact: `<iframe srcdoc="<script>alert('fact')</script>"></iframe>`,
  sourceTitle: `<a href="javascript:alert('source')">source</a>`,
  note: `'><body onload=alert('note')>`,
};
const id = 'hostile-hotline-1963';
const q = JSON.stringify;
const hostileFile = {
  path: `cases/mechanisms/${id}.yaml`,
  text: `id: ${id}
name: ${q(hostile.name)}
shortName: ${q(hostile.shortName)}
year: 1963
status: active
parties: [us, su]
legalForm: memorandum-of-understanding
summary: ${q(hostile.summary)}
keyFacts:
  - text: ${q(hostile.fact)}
    sources: [text]
coding:
  track: { value: 1, note: ${q(hostile.note)}, sources: [text] }
sources:
  - id: text
    title: ${q(hostile.sourceTitle)}
    type: treaty
    kind: primary
    note: ${q(hostile.note)}
`,
};

const watch = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
/** Elements or attributes no page of ours ever has; any of them means markup got through. */
const injected = `[...document.querySelectorAll('iframe, svg[onload], img[onerror], [onload], [onerror], a[href^="javascript:"]')].length`;

describe.runIf(browserAvailable())('hostile input in a browser', () => {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchBrowser();
    await browser.context.addInitScript(watch);
    page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  async function expectInert(path: string) {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(injected), path).toBe(0);
    expect(await page.evaluate('window.__violations'), path).toEqual([]);
  }

  it('renders a hostile case file as text: no script runs, no element is injected', async () => {
    const compiled = compileCaseBase([codebookFile, actorsFile, hostileFile]);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const caseBase = withDatasetVersion(compiled.caseBase);
    const record = caseBase.records.find((r) => r.id === id)!;
    const citations = memoryCitationStore(
      new Map([[id, recordTemplates(record, caseBase, engineVersion)]]),
      sharedTemplates(caseBase, engineVersion),
    );
    const app = createApp(caseBase, { citations });
    // The hostile case-base answers in Node; Chromium gets its responses, headers (and CSP) included.
    await page.route('http://hostile.test/**', async (route) => {
      const response = await app.request(route.request().url());
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    for (const path of [`/cases/${id}`, '/list', `/list?q=${encodeURIComponent(hostile.name)}`]) {
      await page.goto(`http://hostile.test${path}`);
      await expectInert(path);
    }
    await page.goto(`http://hostile.test/cases/${id}`);
    expect(await page.textContent('h1')).toBe(hostile.name);
    expect(await page.textContent('.summary')).toBe(hostile.summary);
    const jsonLd = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!) as {
      name: string;
      description: string;
    };
    expect(jsonLd).toMatchObject({ name: hostile.name, description: hostile.summary });
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(1); // /cite.js
  });

  it('echoes hostile queries, ids, permalinks and error messages as text', async () => {
    const payload = `<img src=x onerror="alert('query')"><script>alert('query')</script>`;
    const p = encodeURIComponent(payload);
    const { datasetVersion } = (await (await fetch(`${server!.url}/api/v1/health`)).json()) as {
      datasetVersion: string;
    };
    const paths = [
      `/list?q=${p}&family=${p}&kind=${p}&sort=${p}`,
      `/cases/${p}`,
      `/api/v1/cases/${p}`,
      `/api/v1/match?text=${p}&preset=${p}`,
      `/api/v1/permalinks/resolve?q=${p}&p=${p}&v=${datasetVersion}&e=${engineVersion}`,
      `/compare?q=${p}&p=${p}&v=${datasetVersion}&e=${engineVersion}`,
      `/compare?m=${p}&f=${encodeURIComponent(JSON.stringify({ [payload]: payload }))}`,
      `/?node=${p}&q=${p}`,
    ];
    for (const path of paths) {
      await page.goto(server!.url + path);
      await page.waitForLoadState('networkidle');
      await expectInert(path);
    }
    await page.goto(`${server!.url}/cases/${p}`);
    expect(await page.textContent('main code')).toBe(payload);
  });

  it('loads every real page under its policy without a violation', async () => {
    const pages: [string, string][] = [
      ['/', 'canvas.sigma-nodes'],
      ['/compare', 'main'],
      ['/cases/us-ussr-hotline-mou-1963', 'h1'],
      ['/list', 'table'],
      ['/about', '#codebook'],
      ['/api/v1/reference', '.swagger-ui .opblock'],
    ];
    for (const [path, ready] of pages) {
      await page.goto(server!.url + path);
      await page.waitForSelector(ready, { timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate('window.__violations'), path).toEqual([]);
    }
    // The watcher is not blind: an inline script added now is blocked and reported.
    await page.evaluate(
      `document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.__ran = true' }))`,
    );
    await until(page, 'window.__violations.length > 0');
    expect(await page.evaluate('window.__ran')).toBeUndefined();
  });

  it(
    'lets the explorer start its layout worker, and nothing more: under the stricter site policy the worker is refused',
    { timeout: 90_000 },
    async () => {
      // Explicit timeouts below the test's, so that a stall says which step it was.
      const spreadOn = async (url: string) => {
        await page.goto(url, { timeout: 20_000 });
        await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
        await until(page, 'window.__explorer !== undefined');
        await page.evaluate('window.__violations = []');
        await page.click('#layout-spread', { timeout: 10_000 });
        await until(page, `['spread', 'failed'].includes(window.__explorer.spreader.phase().phase)`);
        return {
          phase: (await page.evaluate('window.__explorer.spreader.phase().phase')) as string,
          violations: (await page.evaluate('window.__violations')) as string[],
        };
      };
      // The explorer's own policy (worker-src blob:): the worker runs and nothing is reported.
      expect(await spreadOn(`${server!.url}/?from=1960&to=1980`)).toEqual({ phase: 'spread', violations: [] });
      // The same page under the policy of every other page (worker-src 'none'): the browser refuses the
      // worker, the violation is reported, and the page says so instead of failing silently. The page is
      // fetched by Node and handed to Chromium with the stricter header, as the hostile case-base is above.
      const strict = 'http://strict.test/';
      await page.route(`${strict}**`, async (route) => {
        const response = await fetch(
          server!.url + new URL(route.request().url()).pathname + new URL(route.request().url()).search,
        );
        const headers = Object.fromEntries(response.headers);
        if (headers['content-type']?.startsWith('text/html')) headers['content-security-policy'] = pageCsp;
        await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
      });
      const refused = await spreadOn(strict);
      expect(refused.phase).toBe('failed');
      // The violation event and the status line may come after the phase changes: wait for them.
      await until(page, `window.__violations.some((v) => v.startsWith('worker-src'))`);
      await until(page, `/layout worker/.test(document.querySelector('#layout-status')?.textContent ?? '')`);
      await page.unroute(`${strict}**`);
    },
  );

  it('sends the same policy and secure headers on static assets and on Worker pages', async () => {
    const headers = async (path: string) => (await fetch(server!.url + path)).headers;
    for (const path of ['/', '/compare', '/cases/us-ussr-hotline-mou-1963', '/list']) {
      const h = await headers(path);
      // Only the explorer may start a (blob:) worker, for its layout; one policy per response, not two.
      expect(h.get('content-security-policy'), path).toBe(path === '/' ? explorerCsp : pageCsp);
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('referrer-policy'), path).toBe('no-referrer');
    }
    expect((await headers('/api/v1/reference')).get('content-security-policy')).toBe(referenceCsp);
    expect((await headers('/api/v1/health')).get('content-security-policy')).toBe(dataCsp);
  });
});
