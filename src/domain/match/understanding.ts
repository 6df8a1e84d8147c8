/**
 * How much of a query's words the engine understood, said plainly, so that a ranking built on nothing is
 * never shown as if it meant something ("zzzz qqqq" must not get a confident first place).
 *
 * A content word (not a stop word) is understood when it lies in a phrase the codebook recognised (a
 * feature value or a technology), names a record, or occurs in some record's name, summary or key facts
 * (a lexical hit). Coverage is the share of content words understood. The levels:
 *
 * - none: no content word understood — the ranking would be noise, so none is given;
 * - low:  coverage under 40 %, or nothing recognised in the codebook (the ranking rests on words alone);
 * - good: coverage of 70 % or more and at least two codebook recognitions (features, technology, named records);
 * - fair: anything between.
 *
 * A query that gives a measure or features is coded, not read: its ranking rests on that coding, so its
 * level is good whatever its words (they are still listed).
 */
import type { Lang } from '../i18n/lang.ts';
import type { OutOfScopeMention } from '../out-of-scope.ts';
import type { CompiledCaseBase } from '../schema.ts';
import type { Understanding } from './contract.ts';
import { sentences } from './sentence-catalogues.ts';
import { lexicalRelevance, normalise, stopWords, type TextReading } from './text.ts';

export const understandingThresholds = { lowBelow: 0.4, goodFrom: 0.7, goodRecognitions: 2 } as const;

/** Content words of a text, as written, once each, in order. */
export function contentWords(text: string): string[] {
  return [...new Set(text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !stopWords.has(w.toLowerCase())))];
}

export function understand(
  caseBase: CompiledCaseBase,
  text: string | undefined,
  reading: TextReading | undefined,
  coded: boolean,
  outOfScope: readonly OutOfScopeMention[] = [],
): Understanding {
  const mentions = outOfScope.map(({ id, name, matched, why, closest }) => ({
    phrase: matched,
    id,
    name,
    why,
    closest,
  }));
  if (text === undefined || reading === undefined)
    return { level: 'good', recognised: [], unrecognised: [], coverage: 1, named: [], outOfScope: mentions };
  // Count words as the reader cut them: a Chinese phrase is several words, not one run between punctuation.
  const wordCount = reading.contentWords ?? contentWords(text).length;
  // Words that named a precedent, or a model the case-base leaves out on purpose, were understood.
  const named = normalise(
    [...reading.namedRecords.map((r) => r.phrase), ...outOfScope.map((m) => m.matched)].join(' '),
  );
  const unplaced = reading.unrecognised.filter((w) => !named.includes(normalise(w)));
  // A word the codebook did not place may still occur in the records' own words.
  // One search for them all first: words that match no record at all (the usual case for gibberish) cost one look-up.
  const anyHit = unplaced.length > 0 && lexicalRelevance(caseBase, unplaced.join(' ')).size > 0;
  const unknown = anyHit ? unplaced.filter((w) => lexicalRelevance(caseBase, w).size === 0) : unplaced;
  const understood = Math.max(0, wordCount - unknown.length);
  const coverage = wordCount > 0 ? Math.round((understood / wordCount) * 10000) / 10000 : 0;
  const recognitions =
    new Set(reading.recognised.map((r) => r.feature)).size +
    (reading.technology ? 1 : 0) +
    reading.namedRecords.length +
    outOfScope.length;
  const t = understandingThresholds;
  const level: Understanding['level'] = coded
    ? 'good'
    : understood === 0
      ? 'none'
      : recognitions === 0 || coverage < t.lowBelow
        ? 'low'
        : coverage >= t.goodFrom && recognitions >= t.goodRecognitions
          ? 'good'
          : 'fair';
  const namedRecords = reading.namedRecords.map(({ phrase, id }) => ({ phrase, id }));
  return {
    level,
    recognised: reading.recognised,
    unrecognised: unknown,
    coverage,
    named: namedRecords,
    outOfScope: mentions,
  };
}

/**
 * Said when the words name a model the case-base leaves out on purpose (a national programme, a doctrine): what
 * it is, why it is out of scope, and the closest records that are in scope — in `lang` (the model's name and
 * why stay as the case-base writes them, in English; the Chinese sentence says so).
 */
export function outOfScopeNotice(
  understanding: Understanding,
  nameOf: (id: string) => string,
  lang: Lang = 'en',
): string | undefined {
  if (understanding.outOfScope.length === 0) return undefined;
  const say = sentences(lang);
  return understanding.outOfScope
    .map((m) => say.outOfScope(m.phrase, m.name, m.why.trim(), m.closest.map(nameOf)))
    .join(' ');
}

/** What to tell the reader at each level (nothing when the level is fair or good), in `lang`. */
export function understandingNotice(understanding: Understanding, lang: Lang = 'en'): string | undefined {
  const say = sentences(lang);
  if (understanding.level === 'none') return say.understandingNone;
  if (understanding.level === 'low' && understanding.recognised.length === 0) return say.understandingNothingInCodebook;
  if (understanding.level === 'low') return say.understandingLow(Math.round(understanding.coverage * 100));
  return undefined;
}
