/**
 * The site's words in a language: one catalogue per language (messages-en.ts, messages-zh.ts), the same
 * keys in each. Pure and browser-safe (no zod, no I/O): the Worker's pages and the web's scripts read the same.
 */
import type { Lang } from './lang.ts';
import { messagesEn, type MessageKey, type Messages } from './messages-en.ts';
import { messagesZh } from './messages-zh.ts';

export type { MessageKey, Messages };
export { format, placesOf } from './format.ts';

export const catalogues: Record<Lang, Messages> = { en: messagesEn, zh: messagesZh };

export function messages(lang: Lang): Messages {
  return catalogues[lang];
}
