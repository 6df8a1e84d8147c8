/**
 * The workbench in its page's language (issue #12): the codebook's labels in Chinese on /zh/compare (the
 * `zh` written beside each feature, value, family, preset and era in cases/codebook.yaml, the English where
 * one has none), the API asked for its sentences in the same language, and the site's paths under /zh/.
 */
import { workbenchEn } from '@domain/i18n/workbench-en.ts';
import { addMessages, localPath, pageLang, t } from '../shared/lang.ts';
import { withYear } from './result-words.ts';

export { localPath, pageLang, t };

// The workbench's own words, in the page's language, in place before any workbench module (each imports
// its words from here) computes one as it loads.
addMessages(pageLang() === 'zh' ? (await import('@domain/i18n/workbench-zh.ts')).workbenchZh : workbenchEn);

interface Labelled {
  label: string;
  description?: string;
  zh?: { label: string; description?: string };
}

const chinese = () => pageLang() === 'zh';

/** A codebook entry's label in the page's language. */
export function labelOf(entry: Labelled): string {
  return chinese() ? (entry.zh?.label ?? entry.label) : entry.label;
}

/** A codebook entry's description in the page's language (the English where it has no Chinese one). */
export function descriptionOf(entry: Labelled): string | undefined {
  return chinese() ? (entry.zh?.description ?? entry.description) : entry.description;
}

/** An API path asking for sentences in the page's language: English is the API's default, so it adds nothing. */
export function inPageLang(path: string): string {
  return chinese() ? `${path}${path.includes('?') ? '&' : '?'}lang=zh` : path;
}

/** A record's name in the page's language, from a list entry that may carry its Chinese (`zh`). */
export interface NamedRecord {
  id: string;
  name: string;
  shortName?: string;
  year?: number;
  zh?: { name: string; shortName?: string };
}

export function recordName(record: NamedRecord, short = false): string {
  if (chinese() && record.zh) return (short && record.zh.shortName) || record.zh.name;
  return (short && record.shortName) || record.name;
}

/** `lang="en"` for the case-base's English data (coding notes, verdicts, sources) on a Chinese page. */
export function englishData(): 'en' | undefined {
  return chinese() ? 'en' : undefined;
}

/** Short names of the records the page has listed, by id, for lines that name a record only by its id. */
const knownNames = new Map<string, string>();
/** Their Chinese short names with the year, by the English the engine writes in a family relation. */
const chineseByEnglish = new Map<string, string>();

export function learnNames(records: NamedRecord[]): void {
  for (const r of records) {
    knownNames.set(r.id, recordName(r, true));
    // As the engine names a record in a family relation (src/domain/match/families.ts).
    const english = withYear(r.shortName ?? r.name, r.year);
    if (r.zh) chineseByEnglish.set(english, withYear(recordName(r, true), r.year));
  }
}

/**
 * A name as the engine writes it in a family relation ("Hotline Agreement (1963)"), in the page's language
 * where the page knows the record; otherwise as written.
 */
export function namedInPageLang(english: string): string {
  return chineseByEnglish.get(english) ?? english;
}

/** A record's short name in the page's language where the page has listed it, otherwise its id. */
export function knownName(id: string): string {
  return knownNames.get(id) ?? id;
}
