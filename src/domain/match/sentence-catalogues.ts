/** The engine's sentences in each language (the shape: sentences.ts). */
import type { Lang } from '../i18n/lang.ts';
import { sentencesEn } from './sentences-en.ts';
import { sentencesZh } from './sentences-zh.ts';
import type { Sentences } from './sentences.ts';

export const sentenceCatalogues: Record<Lang, Sentences> = { en: sentencesEn, zh: sentencesZh };

export function sentences(lang: Lang): Sentences {
  return sentenceCatalogues[lang];
}
