/**
 * The page's language for the web's scripts: read from `<html lang>` (zh-Hans under /zh/, set by the page
 * shells, scripts/page-shells.ts), with the words from the same message catalogues as the server's pages.
 * The English catalogue is bundled; another language's is fetched while this module loads (a top-level
 * await), so it is in place before any module that imports this one runs — words a module computes as it
 * loads are already the page's — and an English reader never downloads the Chinese. The explorer and the
 * workbench (through web/src/compare/page-words.ts) read their words this way.
 */
import { format } from '@domain/i18n/format.ts';
import { langOfTag, pathIn, type Lang } from '@domain/i18n/lang.ts';
import type { WebMessageKey as MessageKey } from '@domain/i18n/web-messages.ts';
import { messagesEn } from '@domain/i18n/messages-en.ts';

export type { Lang, MessageKey };

export function pageLang(): Lang {
  return langOfTag(document.documentElement.lang);
}

/** The site's words in the page's language; a view with words of its own adds them (`addMessages`). */
let current: Partial<Record<MessageKey, string>> =
  pageLang() === 'zh' ? (await import('@domain/i18n/messages-zh.ts')).messagesZh : messagesEn;

/**
 * Adds a view's own words (the workbench's, web/src/compare/page-words.ts), so that only the page that shows
 * them downloads them; the view adds them while it loads, before any of its modules asks for one.
 */
export function addMessages(words: Partial<Record<MessageKey, string>>): void {
  current = { ...current, ...words };
}

/** A message in the page's language, its `{name}` places filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const message = current[key] ?? key;
  return values ? format(message, values) : message;
}

/** A site path in the page's language: `/cases/x` on an English page, `/zh/cases/x` on a Chinese one. */
export function localPath(path: string): string {
  return pathIn(pageLang(), path);
}
