/**
 * The site's words in a language: one catalogue per language (messages-en.ts, messages-zh.ts), the same
 * keys in each. Pure and browser-safe (no zod, no I/O): the Worker's pages and the web's scripts read the same.
 */
import type { Lang } from './lang.ts';
import { messagesEn, type MessageKey, type Messages } from './messages-en.ts';
import { messagesZh } from './messages-zh.ts';

export type { MessageKey, Messages };

export const catalogues: Record<Lang, Messages> = { en: messagesEn, zh: messagesZh };

export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

/** A message with its `{name}` places filled; a place with no value is left as written, so a test can see it. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The `{name}` places of a message, in order. */
export function placesOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
