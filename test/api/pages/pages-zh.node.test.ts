/**
 * The server-rendered pages in Chinese, on a fixture in which some records carry Chinese and some not yet:
 * zh-Hans, the language switch and hreflang alternates both ways, the Chinese name with its status and
 * source, English where there is no Chinese (said, and marked lang="en"), key facts marked English, and
 * GB/T 7714 first among the citation formats.
 */
import { describe, expect, it } from 'vitest';
import { messagesZh } from '../../../src/domain/i18n/messages-zh.ts';
import { citationFormatsBlock } from '../../../src/api/pages/cite-block.ts';
import { renderListPage } from '../../../src/api/pages/list-page.ts';
import { renderRecordPage } from '../../../src/api/pages/record-page.ts';
import { renderSiteNotFoundPage } from '../../../src/api/pages/not-found-page.ts';
import type { CitationSet } from '../../../src/api/citations.ts';
import { zhFixture, zhOf } from '../../domain/i18n/zh-fixture.ts';

const caseBase = zhFixture();
const record = (id: string) => caseBase.records.find((r) => r.id === id)!;
const page = async (id: string, lang: 'en' | 'zh') =>
  String(await renderRecordPage(record(id), caseBase, '1.0.0', `https://x.test/cases/${id}`, undefined, lang));

describe('a record page in Chinese', () => {
  it('is zh-Hans, switches to its English twin, and names both twins as alternates; the English page names them too', async () => {
    const zh = await page('twin', 'zh');
    const en = await page('twin', 'en');
    expect(zh).toContain('<html lang="zh-Hans">');
    expect(en).toContain('<html lang="en">');
    for (const html of [zh, en]) {
      expect(html).toContain('<link rel="alternate" hreflang="en" href="/cases/twin">');
      expect(html).toContain('<link rel="alternate" hreflang="zh-Hans" href="/zh/cases/twin">');
      expect(html).toContain('<link rel="alternate" hreflang="x-default" href="/cases/twin">');
    }
    expect(zh).toMatch(/<nav class="lang-switch"[^>]*><a href="\/cases\/twin" hreflang="en" lang="en">English<\/a>/);
    expect(en).toContain('<a href="/zh/cases/twin" hreflang="zh-Hans" lang="zh-Hans">中文</a>');
  });

  it('shows the Chinese name and summary, the English name, and the name’s status and source', async () => {
    const html = await page('twin', 'zh');
    expect(html).toContain(`<h1>${zhOf.twin.name}</h1>`);
    expect(html).toContain(`<p class="summary">${zhOf.twin.summary}</p>`);
    expect(html).toContain('<dd lang="en">Test mechanism twin</dd>');
    expect(html).toContain(`<dd>${messagesZh['record.nameStatus.official']}</dd>`);
    expect(html).toContain(`${zhOf.twin.nameSource.publisher}，《${zhOf.twin.nameSource.title}》`);
    const heir = await page('heir', 'zh');
    expect(heir).toContain(`<dd>${messagesZh['record.nameStatus.translation']}</dd>`);
  });

  it('says key facts are English and marks them so', async () => {
    const html = await page('twin', 'zh');
    expect(html).toContain(messagesZh['lang.keyFactsEnglish']);
    expect(html).toMatch(/<ul class="key-facts" lang="en"><li>A fact\./);
  });

  it('shows a record without Chinese in English, says so, and marks it lang="en"', async () => {
    const html = await page('cousin', 'zh');
    expect(html).toContain(`<p class="lang-note" role="note">${messagesZh['lang.noChinese']}</p>`);
    expect(html).toContain('<h1 lang="en">Test mechanism cousin</h1>');
    expect(html).toContain('<p class="summary" lang="en">A mechanism written for a test.</p>');
  });

  it('labels the coding from the codebook’s Chinese and links onward in Chinese', async () => {
    const html = await page('twin', 'zh');
    const track = caseBase.codebook.features.find((f) => f.id === 'track')!;
    expect(html).toContain(`<th scope="row">${track.zh!.label}</th>`);
    expect(html).toContain('href="/zh/compare?measure=twin"');
    expect(html).toContain('href="/zh/?select=twin"');
  });
});

describe('citations on a Chinese page', () => {
  it('offer GB/T 7714 first, opened; Chicago first on an English page', async () => {
    const set = Object.fromEntries(
      ['chicago', 'apa', 'gb-t-7714', 'bibtex', 'ris', 'csl-json'].map((f) => [f, `${f} text`]),
    ) as unknown as CitationSet;
    const first = async (lang: 'en' | 'zh') =>
      /<details class="cite-format" open>\s*<summary>[^<]*<\/summary>\s*<pre[^>]*>([^<]*)</.exec(
        String(await citationFormatsBlock('k', set, '/api', lang)),
      )?.[1];
    expect(await first('zh')).toBe('gb-t-7714 text');
    expect(await first('en')).toBe('chicago text');
  });
});

describe('the list and the missing page in Chinese', () => {
  it('lists Chinese names where records have them and English, marked, where not', async () => {
    const html = String(await renderListPage(caseBase, {}, '1.0.0', 'zh'));
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain(`<a href="/zh/cases/twin">${zhOf.twin.name}</a>`);
    expect(html).toContain('<a href="/zh/cases/cousin" lang="en">Test mechanism cousin</a>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="/list">');
  });

  it('answers a missing /zh/ page in Chinese, switching to the same address in English', async () => {
    const html = String(await renderSiteNotFoundPage('/zh/nowhere', 'abc', '1.0.0', 'zh'));
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain(`<h1>${messagesZh['notFound.title']}</h1>`);
    expect(html).toContain('<a href="/nowhere" hreflang="en" lang="en">English</a>');
  });
});
