/**
 * A record's name in a language: its Chinese (`zh`) where the record carries one, otherwise its English —
 * and whether it was the English, so a Chinese page can say that this record has no Chinese yet.
 */
import type { ActorZh, CaseRecord, RecordZh } from '../schema.ts';
import type { Lang } from './lang.ts';

/** The Chinese a record carries (src/domain/schema.ts): an actor's has a note where others have a summary. */
export type ChineseOfRecord = RecordZh | ActorZh;

/** The record's Chinese, where it has one (verdicts, which quote publications, have none). */
export function chineseOf(record: CaseRecord): ChineseOfRecord | undefined {
  return record.kind !== 'verdict' ? record.zh : undefined;
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

/**
 * What a record says of itself — its summary, a verdict's claim, an actor's note — in `lang`, in English
 * where it has no Chinese for it; undefined where it says nothing (an actor without a note).
 */
export function summaryIn(record: CaseRecord, lang: Lang): NameIn | undefined {
  const zh = lang === 'zh' ? chineseOf(record) : undefined;
  const chinese = zh && ('summary' in zh ? zh.summary : zh.note);
  if (chinese) return { text: chinese, lang: 'zh' };
  const english = 'summary' in record ? record.summary : 'claim' in record ? record.claim : record.note;
  return english !== undefined ? { text: english, lang: 'en' } : undefined;
}
