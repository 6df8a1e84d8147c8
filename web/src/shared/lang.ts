/**
 * The page's language for the web's scripts: read from `<html lang>` (zh-Hans under /zh/, set by the page
 * shells, scripts/page-shells.ts), with the words from the same message catalogues as the server's pages.
 * The English catalogue is bundled; another language's is fetched once, before the page's words are needed
 * (`loadPageMessages`), so an English reader never downloads the Chinese. The explorer uses it now; the
 * workbench is to use it when its words are translated (issue #12).
 */
import { format } from '@domain/i18n/format.ts';
import { langOfTag, pathIn, type Lang } from '@domain/i18n/lang.ts';
import { messagesEn, type MessageKey, type Messages } from '@domain/i18n/messages-en.ts';

export type { Lang, MessageKey };

let current: Messages = messagesEn;

export function pageLang(): Lang {
  return langOfTag(document.documentElement.lang);
}

/** Loads the catalogue of the page's language; call once, before any `t`, on a page that may not be English. */
export async function loadPageMessages(): Promise<void> {
  if (pageLang() === 'zh') current = (await import('@domain/i18n/messages-zh.ts')).messagesZh;
}

/** A message in the page's language (once loaded), its `{name}` places filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const message = current[key];
  return values ? format(message, values) : message;
}

/** A site path in the page's language: `/cases/x` on an English page, `/zh/cases/x` on a Chinese one. */
export function localPath(path: string): string {
  return pathIn(pageLang(), path);
}
