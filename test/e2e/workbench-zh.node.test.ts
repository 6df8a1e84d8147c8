/**
 * The workbench in Chinese (/zh/compare, issue #12), in Chromium on a desktop and a phone (390×844): its
 * headings and controls in Chinese, the codebook's Chinese labels in the feature form, the weights and the
 * eras, records by their Chinese short names, a ranking with the engine's Chinese explanations for a chosen
 * measure and for a Chinese description, the page title in Chinese, the downloads still working — and no
 * English word left in the workbench's own words (the case-base's English data, marked lang="en", aside).
 * Every assertion waits for the state it checks (`until`), never for time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, until as waitFor } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const ci =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

const han = /\p{Script=Han}/u;
const sizes = [
  ['desktop', 1400, 900],
  ['phone', 390, 844],
] as const;

/**
 * The English words left in the workbench's own words: every text and label of <main> but the case-base's
 * data (record names in links and lists, coding notes, sources, verdicts — each marked lang="en" where it is
 * English; a family’s relations name their records in Chinese too). Format names and the site's name stay.
 */
const englishWordsLeft = `(() => {
  const data = 'a[href*="/cases/"], option, [lang="en"], code';
  const allowed = new Set(['CSV', 'BibTeX', 'RIS', 'Precedents', 'API']);
  const words = [];
  const main = document.querySelector('main');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(data) || el.closest('[hidden]')) continue;
    for (const w of node.textContent.match(/[A-Za-z]{3,}/g) ?? []) if (!allowed.has(w)) words.push(w + ' in ' + el.tagName);
  }
  for (const el of main.querySelectorAll('[placeholder], [aria-label], [title]'))
    if (!el.closest(data))
      for (const attribute of ['placeholder', 'aria-label', 'title'])
        for (const w of (el.getAttribute(attribute) ?? '').match(/[A-Za-z]{3,}/g) ?? [])
          if (!allowed.has(w)) words.push(w + ' in ' + el.tagName + '@' + attribute);
  return [...new Set(words)];
})()`;

describe.runIf(browserAvailable() || ci)('the workbench in Chinese', () => {
  let page: Page;
  const { url } = useSite((p) => (page = p));
  const until = (condition: string) => waitFor(page, condition);
  const value = <T>(expression: string) => page.evaluate(expression) as Promise<T>;

  /** Waits until the ranking is drawn and no request for it is under way. */
  async function ranked() {
    await until(`document.querySelectorAll('ol.results li.result').length > 0`);
    await until(`!document.querySelector('#results')?.hasAttribute('aria-busy')`);
  }

  const api = async <T>(path: string) => (await (await fetch(url(path))).json()) as T;

  describe.each(sizes)('on a %s (%i×%i)', (_size, width, height) => {
    it('is Chinese throughout: headings, controls, codebook labels, results, title; no English UI word', async () => {
      await page.setViewportSize({ width, height });
      await page.goto(url('/zh/compare?measure=ai-crisis-hotline'));
      await ranked();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.locator('main[lang], main .lang-note').count()).toBe(0);
      expect(await page.textContent('h1')).toBe('比较：最接近的先例');
      for (const heading of await page.locator('main h2').allTextContents()) expect(heading).toMatch(han);
      expect(await page.textContent('#query-form button[type=submit]')).toBe('查找先例');
      expect(await page.getAttribute('#text', 'placeholder')).toMatch(han);
      // The records by their Chinese short names, in the results and in the title.
      const { record } = await api<{ record: { zh: { shortName: string } } }>('/api/v1/cases/ai-crisis-hotline');
      await until(`document.title === ${JSON.stringify(`“${record.zh.shortName}” — 最接近的先例 — Precedents`)}`);
      expect(await page.textContent('#question-summary')).toContain(record.zh.shortName);
      const first = 'ol.results li.result:first-child';
      expect(await page.textContent(`${first} h3 a`)).toMatch(han);
      expect(await page.getAttribute(`${first} h3 a`, 'href')).toMatch(/^\/zh\/cases\//);
      // The engine's explanations in Chinese, each line with its confidence in Chinese.
      expect(await page.textContent(`${first} .shared .point-text`)).toMatch(han);
      expect(await page.textContent(`${first} .shared .confidence`)).toMatch(/^置信度[高中低]$/);
      expect(await page.textContent(`${first} .robustness`)).toMatch(/随机重设权重/);
      // The codebook's Chinese labels: feature groups and features, presets, eras.
      expect(await page.textContent('#features details[data-group=purpose] summary')).toMatch(/^目的/);
      expect(await page.textContent('label[for=feature-activation]')).toBe('何时启用');
      expect(await value<string[]>(`[...document.querySelectorAll('#preset option')].map((o) => o.text)`)).toContain(
        '低信任下可行',
      );
      expect(await value<string[]>(`[...document.querySelectorAll('#era option')].map((o) => o.text)`)).toContain(
        '冷战（1947–1991）',
      );
      expect(await value<string[]>(englishWordsLeft)).toEqual([]);
      // Its permalink opens the Chinese workbench, with the Chinese sentences pinned.
      expect(await page.inputValue('#permalink-url')).toMatch(/\/zh\/compare\?.*\blang=zh\b/);
      expect(await value<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    });

    it('ranks a Chinese description: 中美之间的人工智能事故热线', async () => {
      await page.setViewportSize({ width, height });
      await page.goto(url('/zh/compare'));
      await until(`document.querySelector('#status').textContent.includes('请选择或描述')`);
      if (!(await page.isVisible('#text'))) await page.click('#question-summary');
      await page.fill('#text', '中美之间的人工智能事故热线');
      await page.click('#query-form button[type=submit]');
      await ranked();
      expect(new URL(page.url()).searchParams.get('text')).toBe('中美之间的人工智能事故热线');
      expect(await page.textContent('#status')).toMatch(/最接近的 \d+ 项先例/);
      expect(await page.title()).toBe('“中美之间的人工智能事故热线” — 最接近的先例 — Precedents');
      const ids = await value<string[]>(
        `[...document.querySelectorAll('ol.results li.result')].map((l) => l.dataset.id)`,
      );
      // The US–Soviet hotline's lineage is among the first five, shown by its best-fitting member.
      expect(ids.slice(0, 5).some((id) => id.startsWith('us-ussr-hotline-'))).toBe(true);
      expect(await page.textContent('ol.results li.result:first-child .shared .point-text')).toMatch(han);
      // Where a value came from: the Chinese words that suggested it.
      expect(await page.locator('#features .from-text .origin').first().textContent()).toMatch(/^由“.+”提示。/);
      expect(await value<string[]>(englishWordsLeft)).toEqual([]);
    });
  });

  it('ranks a measure chosen from the list, and side by side, the why-not box and downloads work', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(url('/zh/compare'));
    await page.waitForSelector('#measure option[value="ai-incident-communication"]', { state: 'attached' });
    expect(await value<string[]>(`[...document.querySelectorAll('#measure optgroup')].map((g) => g.label)`)).toEqual([
      '拟议的人工智能措施',
      '历史机制',
    ]);
    await page.selectOption('#measure', 'ai-incident-communication');
    await page.click('#query-form button[type=submit]');
    await ranked();
    expect(await page.textContent('#status')).toMatch(
      /^“.+”最接近的 10 项先例（每个沿袭谱系一项），采用编码手册的权重。/,
    );
    await page.selectOption('#preset', 'feasible-under-low-trust');
    await until(`document.querySelector('#status').textContent.includes('采用“低信任下可行”预设权重。')`);
    expect(await page.textContent('#preset-description')).toMatch(/^对手之间无需多少信任/);
    await page.click('ol.results li.result:first-child .result-actions button:not(.cite-record)');
    await until(`document.querySelector('#side-by-side-body .comparison') !== null`);
    expect(await page.textContent('#side-by-side-body caption')).toMatch(/逐项特征对照/);
    await page.selectOption('#why-candidate', 'us-ussr-hotline-mou-1963');
    await page.click('#why-form button[type=submit]');
    await until(`/排第|没有排名/.test(document.querySelector('#why-answer').textContent)`);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-tools button[data-format=csv]'),
    ]);
    expect(file.suggestedFilename()).toMatch(/^precedents-.+\.csv$/);
    await until(`document.querySelector('#export-tools .export-status').textContent.startsWith('已保存')`);
  });
});
