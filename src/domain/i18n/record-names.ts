/**
 * A record's name in a language: its Chinese (`zh`) where the record carries one, otherwise its English —
 * and whether it was the English, so a Chinese page can say that this record has no Chinese yet.
 */
import type { CaseRecord } from '../schema.ts';
import type { Lang } from './lang.ts';

/** The Chinese a record carries, whatever its kind (actors have no summary). */
export interface ChineseOfRecord {
  name: string;
  shortName?: string;
  summary?: string;
  nameStatus: 'official' | 'customary' | 'translation';
  nameSource?: { title: string; publisher: string; year?: number; url?: string; symbol?: string; quote?: string };
  translatorNote?: string;
}

export function chineseOf(record: CaseRecord): ChineseOfRecord | undefined {
  return 'zh' in record && record.zh ? (record.zh as ChineseOfRecord) : undefined;
}

export interface NameIn {
  text: string;
  /** The language the name is written in: English where the record has no Chinese yet. */
  lang: Lang;
}

/** The record's name (or short name) in `lang`, falling back to English where it has no Chinese. */
export function recordNameIn(record: CaseRecord, lang: Lang, short = false): NameIn {
  const zh = lang === 'zh' ? chineseOf(record) : undefined;
  if (zh) return { text: (short && zh.shortName) || zh.name, lang: 'zh' };
  const english = short && 'shortName' in record && record.shortName ? record.shortName : record.name;
  return { text: english, lang: 'en' };
}
