/**
 * Web figures for `npm run bench`: the gzip size of the explorer's JavaScript (target ≤ 200 KB), its
 * first graph paint in headless Chromium against `wrangler dev` (target ≤ 1 s), measured from
 * navigation start to the frame after sigma's first render (the `graph-first-paint` mark), and the time
 * "Spread what is shown" takes in the layout worker. Needs the built site (`npm run bench` builds it first); without
 * Chromium it says so and skips the browser figures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  browserAvailable,
  chromiumPath,
  launchBrowser,
  onSite,
  startDevServer,
  until,
} from '../test/support/browser.ts';

const dist = 'web/dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The scripts a page loads: its module entry and the chunks it preloads. */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
}

export function bundleFigures() {
  const explorer = pageScripts('index.html');
  const compare = pageScripts('compare.html');
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipped(f), 0);
  return { explorer: sum(explorer), compare: sum(compare), all: sum(all), graph: gzipped('graph.json') };
}

const paintOf = `performance.getEntriesByName('graph-first-paint')[0]?.startTime`;

/**
 * First paint of the explorer, in ms from navigation start. Cold: the first visit in a fresh browser
 * profile (no cache, no compiled code, a new GPU process). Warm: later visits in the same browser. The
 * server is warmed first, as a deployed site's would be.
 */
export async function firstPaint(coldRuns = 3, warmRuns = 5): Promise<{ cold: number[]; warm: number[] }> {
  const server = await startDevServer();
  try {
    for (const path of ['/', '/graph.json']) await (await fetch(`${server.url}${path}`)).arrayBuffer();
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const browser = await launchBrowser();
      try {
        for (let visit = 0; visit < (run === 0 ? 1 + warmRuns : 1); visit++) {
          const page = await browser.context.newPage();
          await page.goto(`${server.url}/`);
          await until(page, `${paintOf} !== undefined`, 30_000, 5);
          (visit === 0 ? cold : warm).push((await page.evaluate(paintOf)) as number);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
    return { cold, warm };
  } finally {
    await server.stop();
  }
}

/**
 * "Spread what is shown" from click to the spread drawn, with reduced motion (so the figure is the
 * worker's 300 iterations and one redraw, not the glide): the whole map and a filtered view.
 */
export function spreadTimes(runs = 3): Promise<{ view: string; shown: number; ms: number[] }[]> {
  return onSite(async (page, site) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const figures = [];
    for (const view of ['/', '/?from=1960&to=1980']) {
      await page.goto(site + view);
      await until(page, 'window.__explorer !== undefined');
      const ms: number[] = [];
      for (let run = 0; run < runs; run++) {
        await page.click('#layout-restore').catch(() => undefined); // disabled on the first run
        const started = Date.now();
        await page.click('#layout-spread');
        await until(page, `window.__explorer.spreader.phase().phase === 'spread'`);
        ms.push(Date.now() - started);
      }
      figures.push({ view, shown: (await page.evaluate('window.__explorer.visible().size')) as number, ms });
    }
    return figures;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runWebBench(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('web: web/dist is not built; run `npm run build` first');
    return;
  }
  const size = bundleFigures();
  console.log(`explorer JS bundle, gzip                     ${kb(size.explorer).padStart(10)}   (target ≤ 200 KB)`);
  console.log(`workbench JS bundle, gzip                    ${kb(size.compare).padStart(10)}`);
  console.log(`all web JS, gzip                             ${kb(size.all).padStart(10)}`);
  console.log(`graph.json (map data), gzip                  ${kb(size.graph).padStart(10)}`);
  if (!browserAvailable()) {
    console.log(`explorer first graph paint: skipped (no Chromium at ${chromiumPath})`);
    return;
  }
  const { cold, warm } = await firstPaint();
  console.log(
    `explorer first graph paint, headless Chromium, cold   median ${median(cold).toFixed(0).padStart(5)} ms   (n=${cold.length}: ${cold.map((x) => x.toFixed(0)).join(', ')}; target ≤ 1000 ms)`,
  );
  console.log(
    `explorer first graph paint, headless Chromium, warm   median ${median(warm).toFixed(0).padStart(5)} ms   (n=${warm.length})`,
  );
  for (const { view, shown, ms } of await spreadTimes())
    console.log(
      `spread what is shown, ${String(shown).padStart(3)} records (${view.padEnd(20)}) median ${median(ms).toFixed(0).padStart(5)} ms   (n=${ms.length}: ${ms.join(', ')})`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await runWebBench();
