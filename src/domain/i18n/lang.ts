/**
 * The languages Precedents speaks (issue #12): English, the default, and Chinese in simplified characters.
 * What a language is called on the web (the `lang` attribute, `hreflang`), where its pages live (English at
 * the root, Chinese under /zh/), and which one a reader's `Accept-Language` prefers — the fallback for pages
 * whose address says no language. Pure and browser-safe: no zod, no I/O.
 */
export const languages = ['en', 'zh'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/** The BCP 47 tag of each language on a page (`<html lang>`, `hreflang`): Chinese is written in simplified characters. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language of a page from its `<html lang>` (the web reads its own page this way): zh-Hans, zh-CN, zh → zh. */
export function langOfTag(tag: string | null | undefined): Lang {
  return tag !== null && tag !== undefined && /^zh(-|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/** The language an address is in: /zh and everything under /zh/ is Chinese. */
export function langOfPath(path: string): Lang {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/**
 * The same page in another language: `/cases/x` ↔ `/zh/cases/x`, `/` ↔ `/zh/`. The path without its query;
 * callers append the query string, which names the same things in both languages.
 */
export function pathIn(lang: Lang, path: string): string {
  const english = langOfPath(path) === 'zh' ? path.slice(3) || '/' : path;
  if (lang === 'en') return english;
  return english === '/' ? '/zh/' : `/zh${english}`;
}

/**
 * The reader's preferred language among ours from an `Accept-Language` header (RFC 9110 §12.5.4): the
 * highest q wins, the earlier on a tie; a range we do not speak is passed over; nothing usable → English.
 */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return defaultLang;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().split(';');
    const qParam = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const q = qParam === undefined ? 1 : Number(qParam);
    if (!Number.isFinite(q) || q <= 0) continue;
    const tag = range.trim().toLowerCase();
    const lang: Lang | undefined = /^zh(-|$)/.test(tag) ? 'zh' : /^en(-|$)/.test(tag) ? 'en' : undefined;
    if (lang && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? defaultLang;
}
