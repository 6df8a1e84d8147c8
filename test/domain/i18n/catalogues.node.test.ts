/**
 * The message catalogues (src/domain/i18n/messages-*.ts, and the workbench's workbench-*.ts) and the engine's sentence catalogues
 * (src/domain/match/sentences-*.ts): every language has every key, no Chinese message is empty, the
 * `{name}` places agree, and the page shells use only keys that exist — so a reader never sees a key.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../src/domain/i18n/messages.ts';
import {
  webCatalogues as catalogues,
  type WebMessageKey as MessageKey,
} from '../../../src/domain/i18n/web-messages.ts';
import { languages } from '../../../src/domain/i18n/lang.ts';
import { sentenceCatalogues } from '../../../src/domain/match/sentence-catalogues.ts';
import { renderShell, shellFiles } from '../../../scripts/page-shells.ts';

/** Notes that say what is still English: they have something to say only on a translated page. */
const onlyTranslated = new Set<MessageKey>([
  'lang.keyFactsEnglish',
  'lang.pageEnglish',
  'explorer.scriptEnglish',
  'about.intro',
]);

describe('the message catalogues', () => {
  const english = catalogues.en;
  for (const lang of languages) {
    it(`${lang}: has exactly the English keys (lists any missing or extra)`, () => {
      const keys = new Set(Object.keys(catalogues[lang]));
      const missing = Object.keys(english).filter((k) => !keys.has(k));
      const extra = [...keys].filter((k) => !(k in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${lang}: every message is written, with the English message's {places}`, () => {
      const empty = Object.entries(catalogues[lang])
        .filter(([key, text]) => text.trim() === '' && !(lang === 'en' && onlyTranslated.has(key as MessageKey)))
        .map(([key]) => key);
      expect(empty).toEqual([]);
      const differing = (Object.keys(english) as MessageKey[]).filter(
        (key) =>
          english[key] !== '' &&
          placesOf(english[key]).sort().join() !==
            placesOf(catalogues[lang][key] ?? '')
              .sort()
              .join(),
      );
      expect(differing).toEqual([]);
    });
  }

  it('writes Chinese in the Chinese catalogue: no message is left in English but names', () => {
    // A message of punctuation and places only ('{label}（{from}–{to}）', '。') has no words to translate.
    const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    const latinOnly = Object.entries(catalogues.zh)
      .filter(
        ([key, text]) =>
          words(text) && !/\p{Script=Han}/u.test(text) && !['site.name', 'nav.api', 'lang.en'].includes(key),
      )
      .map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });
});

describe('the sentence catalogues', () => {
  it('have the same sentences in every language', () => {
    const keys = (lang: (typeof languages)[number]) => Object.keys(sentenceCatalogues[lang]).sort();
    for (const lang of languages) expect(keys(lang)).toEqual(keys('en'));
  });

  it('say robustness in Chinese with the figures given', () => {
    const zh = sentenceCatalogues.zh;
    const text = zh.robustnessWeights(5, '87 %', 200, zh.rankRange({ rankMin: 1, rankMax: 3 }));
    expect(text).toMatch(/200.*87 %.*5.*1–3/);
    expect(text).toMatch(/\p{Script=Han}/u);
  });
});

describe('the page shells', () => {
  for (const [file, { view, lang }] of Object.entries(shellFiles)) {
    it(`${file}: every {{placeholder}} filled from the catalogue, in <html lang> of its language`, () => {
      const html = renderShell(view, lang);
      expect(html).not.toMatch(/\{\{|\}\}/);
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">`);
      expect(html).toContain(`<title>${catalogues[lang][`${view}.title`]} — Precedents</title>`);
    });
  }

  it('refuses a template that names a message the catalogue does not have', () => {
    expect(() => renderShell('explorer', 'zh', '<main>{{explorer.noSuchMessage}}</main>')).toThrow(
      /no message "explorer.noSuchMessage"/,
    );
  });
});
