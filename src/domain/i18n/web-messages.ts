/**
 * The web's words in a language: the site's catalogue (messages-*.ts, which the Worker's pages read too)
 * and the workbench's own (workbench-*.ts, which only the web reads). The page shells are filled from
 * these at build time (scripts/page-shells.ts); the web's scripts read the same keys through
 * web/src/shared/lang.ts, which loads a language's catalogue only on a page in that language.
 */
import type { Lang } from './lang.ts';
import { messagesEn } from './messages-en.ts';
import { messagesZh } from './messages-zh.ts';
import { workbenchEn } from './workbench-en.ts';
import { workbenchZh } from './workbench-zh.ts';

export const webMessagesEn = { ...messagesEn, ...workbenchEn };
export type WebMessageKey = keyof typeof webMessagesEn;
export type WebMessages = { readonly [K in WebMessageKey]: string };

export const webCatalogues: Record<Lang, WebMessages> = {
  en: webMessagesEn,
  zh: { ...messagesZh, ...workbenchZh },
};
