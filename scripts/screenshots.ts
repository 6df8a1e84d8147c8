/**
 * Writes the README's screenshots (docs/screenshots/) from the built site in Chromium: the explorer
 * centred on a record, the workbench with a side-by-side comparison, a record page, and the Chinese
 * explorer (/zh/) and workbench (/zh/compare), which show whether Chinese is drawn in a CJK font. Run it when the
 * look of the site changes: `npm run screenshots` (it builds first). Tests never write them, so a test
 * run leaves the tree as it found it.
 */
import { mkdirSync } from 'node:fs';
import {
  browserAvailable,
  chromiumPath,
  onSite,
  openFirstSideBySide,
  reloadWorkbench,
  until,
} from '../test/support/browser.ts';

const out = 'docs/screenshots';

if (!browserAvailable()) {
  console.error(
    `screenshots: no Chromium at ${chromiumPath} (set PRECEDENTS_CHROMIUM, or apt-get install -y chromium)`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
await onSite(async (page, site) => {
  const url = (path: string) => `${site}${path}`;
  await page.goto(url('/'));
  await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
  await until(page, 'window.__explorer !== undefined');
  await page.fill('#search', 'Agreement on the Prevention of Incidents On and Over the High Seas');
  await page.press('#search', 'Enter');
  await until(page, `window.__explorer.store.get().selected === 'us-ussr-incsea-1972'`);
  // The camera glides to the record; the picture is taken where it comes to rest.
  await until(page, '!window.__explorer.sigma.getCamera().isAnimated()');
  await page.screenshot({ path: `${out}/explorer.png` });

  await page.goto(url('/compare?measure=ai-incident-communication'));
  await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
  await page.selectOption('#preset', { index: 1 });
  await until(page, `location.search.includes('preset=')`);
  await openFirstSideBySide(page);
  await reloadWorkbench(page);
  // The first line's notes and sources open, as a reader checking the evidence would have them.
  await page.click('ol.results li.result:first-child .points details.evidence > summary');
  await page.screenshot({ path: `${out}/compare.png` });

  await page.goto(url('/cases/us-ussr-hotline-mou-1963'));
  await page.screenshot({ path: `${out}/record.png` });

  // The same in Chinese: the explorer with a record's details open, and the workbench ranking a measure.
  await page.goto(url('/zh/?select=us-ussr-incsea-1972'));
  await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
  await until(page, `window.__explorer?.store.get().selected === 'us-ussr-incsea-1972'`);
  await page.waitForSelector('#details a[href^="/zh/cases/"]');
  await until(page, '!window.__explorer.sigma.getCamera().isAnimated()');
  await page.screenshot({ path: `${out}/explorer-zh.png` });
  await page.goto(url('/zh/compare?measure=ai-incident-communication'));
  await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
  await page.screenshot({ path: `${out}/compare-zh.png` });

  // The explorer on a phone: the drawer with search and filters, then a record found by another of its names.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url('/'));
  await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
  await until(page, 'window.__explorer !== undefined');
  await page.click('#panel-open');
  await until(page, `getComputedStyle(document.getElementById('sidebar')).visibility === 'visible'`);
  // The drawer slides in; the picture is taken once it has come to rest, not halfway.
  await until(page, `document.getElementById('sidebar').getAnimations({ subtree: false }).length === 0`);
  await until(page, `document.getElementById('sidebar').getBoundingClientRect().left >= 0`);
  await page.screenshot({ path: `${out}/explorer-phone-drawer.png` });
  await page.fill('#search', 'Caribbean crisis');
  await until(page, `document.querySelectorAll('#search-results button').length > 0`);
  await page.click('#search-results button[data-id="cuban-missile-crisis-1962"]');
  await until(page, `window.__explorer.store.get().selected === 'cuban-missile-crisis-1962'`);
  await page.waitForSelector('#details-title');
  await until(page, '!window.__explorer.sigma.getCamera().isAnimated()');
  await page.screenshot({ path: `${out}/explorer-phone.png` });

  // The workbench on a phone: the question folded away once asked, the answer first.
  await page.goto(url('/compare?measure=ai-crisis-hotline'));
  await page.waitForSelector('ol.results li.result', { timeout: 20_000 });
  await until(page, `document.querySelector('#question-panel').open === false`);
  await page.screenshot({ path: `${out}/compare-phone.png` });
});
console.log(
  `wrote ${out}/explorer.png, compare.png, record.png, explorer-zh.png, compare-zh.png, explorer-phone-drawer.png, ` +
    'explorer-phone.png, compare-phone.png',
);
