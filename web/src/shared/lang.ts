/**
 * The page's language for the web's scripts: read from `<html lang>` (zh-Hans under /zh/, set by the page
 * shells, scripts/page-shells.ts), with the words from the same message catalogue as the server's pages.
 * The explorer and the workbench (through web/src/compare/page-words.ts) read their words this way.
 */
import { langOfTag, pathIn, type Lang } from '@domain/i18n/lang.ts';
import { format, messages, type MessageKey } from '@domain/i18n/messages.ts';

export type { Lang, MessageKey };

export function pageLang(): Lang {
  return langOfTag(document.documentElement.lang);
}

/** A message in the page's language, its `{name}` places filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const message = messages(pageLang())[key];
  return values ? format(message, values) : message;
}

/** A site path in the page's language: `/cases/x` on an English page, `/zh/cases/x` on a Chinese one. */
export function localPath(path: string): string {
  return pathIn(pageLang(), path);
}
