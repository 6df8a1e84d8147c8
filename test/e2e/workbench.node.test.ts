/**
 * The workbench (`/compare`) as a reader uses it, in Chromium on a phone (390×844) and a desktop: the
 * answer first, each line with its confidence and, behind a toggle reached by keyboard or touch, its notes
 * and sources; short names and trajectories in sentences; "Show more", "Show on map", the page title,
 * the downloads (CSV, BibTeX, RIS), and a results column that nothing overflows. Every assertion waits
 * for the state it checks (`until`), never for time.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, until as waitFor } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const ci =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

const hotline = '/compare?measure=ai-crisis-hotline';
const sizes = [
  ['phone', 390, 844],
  ['desktop', 1400, 900],
] as const;

describe.runIf(browserAvailable() || ci)('the workbench', () => {
  let page: Page;
  const { url } = useSite((p) => (page = p));
  const until = (condition: string) => waitFor(page, condition);
  const value = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  const api = async <T>(path: string) => (await (await fetch(url(path))).json()) as T;

  async function open(path: string) {
    await page.goto(url(path));
    await until(`document.querySelectorAll('ol.results li.result').length > 0`);
    await until(`!document.querySelector('#results')?.hasAttribute('aria-busy')`);
  }

  describe.each(sizes)('on a %s (%i×%i)', (size, width, height) => {
    it('leads with the answer: on a phone the question folds away once asked; nothing scrolls sideways', async () => {
      await page.setViewportSize({ width, height });
      await open(hotline);
      const open_ = await value<boolean>(`document.querySelector('#question-panel').open`);
      if (size === 'phone') {
        expect(open_).toBe(false);
        // The first result begins within the first screen.
        expect(
          await value<number>(`document.querySelector('ol.results li.result').getBoundingClientRect().top`),
        ).toBeLessThan(height);
        // The question is one tap away.
        await page.click('#question-summary');
        await until(`document.querySelector('#question-panel').open === true`);
        expect(await page.isVisible('#measure')).toBe(true);
      } else expect(open_).toBe(true);
      expect(await page.textContent('#question-summary')).toContain('AI crisis hotline');
      expect(await value<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      // No result, table or line runs out of the results column.
      const overflow = await value<string[]>(`(() => {
        const column = document.querySelector('.workbench .output').getBoundingClientRect();
        return [...document.querySelectorAll('.workbench .output *')]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('.table-scroll, .visually-hidden'))
          .filter((el) => el.getBoundingClientRect().right > column.right + 1)
          .map((el) => el.tagName + '.' + el.className).slice(0, 5);
      })()`);
      expect(overflow).toEqual([]);
    });

    it('shows each line with its confidence, and its notes and sources on a toggle reached by keyboard', async () => {
      await page.setViewportSize({ width, height });
      await open(hotline);
      const first = 'ol.results li.result:first-child .shared > ul > li:first-child';
      expect(await page.textContent(`${first} .confidence`)).toMatch(/^(high|medium|low) confidence$/);
      const lines = 'ol.results .points > ul > li, ol.results .points > details > ul > li';
      expect(await page.locator(lines).count()).toBeGreaterThan(0);
      expect(await page.locator(lines).count()).toBe(await page.locator('ol.results .points li > .confidence').count());
      // Keyboard: focus the toggle and press Enter.
      await page.focus(`${first} details.evidence > summary`);
      await page.keyboard.press('Enter');
      await until(`document.querySelector(${JSON.stringify(`${first} details.evidence`)}).open === true`);
      const shown = await page.textContent(`${first} details.evidence`);
      expect(shown).toMatch(/coded with (high|medium|low) confidence/);
      expect(shown).toContain('The question');
      // A pointer (what a tap sends) on a disanalogy's toggle opens it too.
      const disanalogy = page
        .locator('ol.results li.result:first-child .disanalogies > ul > li > details.evidence > summary')
        .first();
      if ((await disanalogy.count()) > 0) {
        await disanalogy.click();
        expect(await disanalogy.locator('xpath=..').getAttribute('open')).not.toBeNull();
      }
      // Each side names its sources, or says that none is given.
      expect(await page.locator(`${first} details.evidence .side`).count()).toBe(2);
      for (const side of await page.locator(`${first} details.evidence .side`).all())
        expect(
          (await side.locator('ul.sources li').count()) > 0 || (await side.textContent())!.includes('No source'),
        ).toBe(true);
    });
  });

  it('names results by their short names, and their trajectory in sentences', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await open(`${hotline}&group=none`);
    const { record } = await api<{ record: { shortName: string; name: string } }>(
      '/api/v1/cases/us-ussr-hotline-mou-1963',
    );
    const heading = await page.textContent('li.result[data-id="us-ussr-hotline-mou-1963"] h3 a');
    expect(heading).toBe(record.shortName);
    expect(heading).not.toBe(record.name);
    const trajectory = await page.textContent('li.result[data-id="us-ussr-hotline-mou-1963"] .trajectory');
    expect(trajectory).toMatch(/Succeeded by Hotline Improvement Agreement \(1971\)/);
    const all = await page.textContent('#results');
    expect(all).not.toMatch(/\b(modelledOn|partOf|implementedBy|triggeredBy)\b/);
    expect(all).not.toMatch(/\((\d{4})\) \(\1\)/);
  });

  it('names the question in the page title, and says when nothing was understood', async () => {
    await open(hotline);
    expect(await page.title()).toBe('“AI crisis hotline” — closest precedents — Precedents');
    // A measure whose features were changed is not the measure: the headline and the title say so.
    await page.goto(url('/compare?measure=ai-crisis-hotline&f.track=2'));
    await until(`document.title.startsWith('“AI crisis hotline” with features changed')`);
    expect(await page.textContent('#status')).toContain('“AI crisis hotline” with features changed');
    await page.goto(url('/compare?text=zzzz%20qqqq'));
    await until(`document.title.startsWith('Not understood')`);
    expect(await page.title()).toContain('“zzzz qqqq”');
    expect(await page.isHidden('#export-tools')).toBe(true);
    expect(await page.locator('#show-more button').count()).toBe(0);
  });

  it('shows more precedents and moves the focus to the first new one', async () => {
    await open(hotline);
    expect(await page.locator('ol.results li.result').count()).toBe(10);
    await page.click('#show-more-button');
    await until(`document.querySelectorAll('ol.results li.result').length === 20`);
    expect(page.url()).toContain('limit=20');
    await until(`document.activeElement === document.querySelectorAll('ol.results > li h3 a')[10]`);
  });

  it('shows a result on the map, selected, with its lineage family lit', async () => {
    await open(hotline);
    const id = await value<string>(`document.querySelector('ol.results li.result:has(.family)').dataset.id`);
    const members = await value<string[]>(
      `[...document.querySelectorAll('li.result[data-id="${id}"] .family li a')]` +
        `.map((a) => a.getAttribute('href').slice(7))`,
    );
    expect(members.length).toBeGreaterThan(0);
    await page.click(`li.result[data-id="${id}"] a.show-on-map`);
    await page.waitForSelector('canvas.sigma-nodes', { timeout: 20_000 });
    await until(`window.__explorer?.store.get().selected === '${id}'`);
    const lit = await value<string[]>(`[...window.__explorer.store.get().lit.ids]`);
    expect(lit.sort()).toEqual([...members].sort());
    expect(new URL(page.url()).searchParams.get('lit')).toBe([...members].sort().join(','));
  });

  it('downloads the ranking as CSV and as a bibliography in BibTeX and RIS', async () => {
    await open(hotline);
    const ids = await value<string[]>(
      `[...document.querySelectorAll('ol.results li.result')].map((li) => li.dataset.id)`,
    );
    const download = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`#export-tools button[data-format=${format}]`),
      ]);
      expect(file.suggestedFilename()).toBe(`precedents-ai-crisis-hotline.${format}`);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = Papa.parse<Record<string, string>>(await download('csv'), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields?.slice(0, 5)).toEqual(['rank', 'id', 'name', 'year', 'score']);
    expect(csv.data.map((row) => row.id)).toEqual(ids);
    const bibtex = await download('bib');
    expect(bibtex.match(/^@\w+\{/gm)?.length).toBe(ids.length);
    const ris = await download('ris');
    expect(ris.match(/^TY {2}- /gm)?.length).toBe(ids.length);
    expect(ris.match(/^ER {2}-/gm)?.length).toBe(ids.length);
  });
});
