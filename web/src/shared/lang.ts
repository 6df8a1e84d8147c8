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
import type { WebMessageKey as MessageKey, WebMessages } from '@domain/i18n/web-messages.ts';
import { messagesEn } from '@domain/i18n/messages-en.ts';
import { workbenchEn } from '@domain/i18n/workbench-en.ts';

export type { Lang, MessageKey };

export function pageLang(): Lang {
  return langOfTag(document.documentElement.lang);
}

/** The catalogue of another language than English: the site's words and the workbench's, fetched together. */
async function chinese(): Promise<WebMessages> {
  const [{ messagesZh }, { workbenchZh }] = await Promise.all([
    import('@domain/i18n/messages-zh.ts'),
    import('@domain/i18n/workbench-zh.ts'),
  ]);
  return { ...messagesZh, ...workbenchZh };
}

const current: WebMessages = pageLang() === 'zh' ? await chinese() : { ...messagesEn, ...workbenchEn };

/** A message in the page's language, its `{name}` places filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const message = current[key];
  return values ? format(message, values) : message;
}

/** A site path in the page's language: `/cases/x` on an English page, `/zh/cases/x` on a Chinese one. */
export function localPath(path: string): string {
  return pathIn(pageLang(), path);
}
