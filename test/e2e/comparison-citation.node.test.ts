/**
 * The workbench's citation of a comparison, in Chromium: it names the measure compared, is dated by the
 * day its permalink was made, says "(modified)" when the weights were changed, and keeps the date of a
 * permalink it was opened from. Every assertion waits for the state it checks (`until`), never for time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, until as waitFor } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const ci =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

describe.runIf(browserAvailable() || ci)('citing a comparison on the workbench', () => {
  let page: Page;
  const { url } = useSite((p) => (page = p));
  const until = (condition: string) => waitFor(page, condition);
  const formatText = (format: string) =>
    `document.querySelector('dialog.cite-dialog[open] pre[id$="-${format}"]')?.textContent ?? ''`;

  /** Opens the workbench at `path`, then its cite dialog; gives the dialog's texts once they have come. */
  async function cite(path: string) {
    await page.goto(url(path));
    await until(`document.querySelectorAll('ol.results li.result').length > 0`);
    await until(`document.querySelector('#cite-comparison') !== null`);
    await page.click('#cite-comparison');
    await until(`(${formatText('apa')}).length > 0 && (${formatText('bibtex')}).length > 0`);
    const text = (format: string) => page.evaluate(formatText(format)) as Promise<string>;
    const shown = { apa: await text('apa'), chicago: await text('chicago'), bibtex: await text('bibtex') };
    await page.click('dialog.cite-dialog .cite-close');
    await until(`document.querySelectorAll('dialog.cite-dialog').length === 0`);
    return shown;
  }

  it('names the measure and dates the citation by the day the permalink is made', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const shown = await cite('/compare?measure=ai-crisis-hotline');
    const after = new Date().toISOString().slice(0, 10);
    const field = await page.inputValue('#permalink-url');
    const made = new URL(field).searchParams.get('d');
    expect([before, after]).toContain(made);
    expect(shown.apa).toMatch(
      new RegExp(`^Precedents contributors\\. \\(${made!.slice(0, 4)}\\)\\. AI crisis hotline: `),
    );
    expect(shown.chicago).toContain(`${made!.slice(0, 4)}. “AI crisis hotline: Computed Comparison`);
    expect(shown.apa).not.toContain('(modified)');
    expect(await page.textContent('#permalink-hint')).toContain(`dated ${made}`);
  });

  it('says "(modified)" when the weights were changed', async () => {
    const shown = await cite('/compare?measure=ai-crisis-hotline&w.track=2');
    expect(shown.apa).toContain('AI crisis hotline (modified): computed comparison');
    expect(shown.bibtex).toContain('{{AI} crisis hotline (modified)}');
  });

  it('keeps the date of the permalink it was opened from', async () => {
    const health = (await (await fetch(url('/api/v1/health'))).json()) as {
      datasetVersion: string;
      engineVersion: string;
    };
    const shown = await cite(
      `/compare?m=ai-crisis-hotline&n=10&s=1&v=${health.datasetVersion}&e=${health.engineVersion}&d=2026-01-02`,
    );
    expect(new URL(await page.inputValue('#permalink-url')).searchParams.get('d')).toBe('2026-01-02');
    expect(shown.bibtex).toContain('month = {jan 2}');
    expect(shown.apa).toContain('(2026). AI crisis hotline: ');
  });
});
