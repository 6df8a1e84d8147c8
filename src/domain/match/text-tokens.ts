/**
 * Words of a query as the text reader sees them: lower case, accents dropped, each reduced to its Porter
 * stem ("inspectors" meets "inspector", "notifying" meets "notify"), each remembering the word it was
 * written as and whether a clause or sentence ends before it — negation does not reach across a comma or
 * a "but", and a pattern does not reach across a full stop.
 *
 * Chinese is cut into words by the runtime's segmenter (text-han.ts); each Chinese word is a written word
 * of its own with one token, its stem the word itself, so a mixed query ("AI安全研究所之间的热线") reads
 * its English and its Chinese words alike.
 */
import { stemmer } from 'stemmer';
import { hasHan, splitHan } from './text-han.ts';

export interface Token {
  /** The stem ("inspector"), or the number as written ("1.5"). */
  stem: string;
  /** The word in lower case before stemming, for `prefix*` slots. */
  lower: string;
  /** Index of the written word it belongs to ("non-governmental" is one written word, two tokens). */
  word: number;
  /** A comma, semicolon, colon, bracket, spaced dash or "but" comes before it: negation stops here. */
  clauseBreak: boolean;
  /** A full stop, question or exclamation mark comes before it: patterns stop here. */
  sentenceBreak: boolean;
}

export interface Tokens {
  tokens: Token[];
  /** The written words, as in the query. */
  words: string[];
  /** The query's text from the first to the last of the written words given, as written. */
  slice(fromWord: number, toWord: number): string;
}

/** Lower case, accents off, every run of other characters a space (a dot kept only inside a number). */
function fold(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .split(' ')
    .filter(Boolean);
}

export const stem = (word: string): string => (/^[a-z]+$/.test(word) ? stemmer(word) : word);

/** The stems of a phrase, in order: how codebook phrases and query words are compared. */
export function stems(phrase: string): string[] {
  return hasHan(phrase) ? tokenise(phrase).tokens.map((t) => t.stem) : fold(phrase).map(stem);
}

/**
 * Lower case, accents and punctuation dropped, every word reduced to its stem, with a space on each side
 * so phrases can be matched on whole words.
 */
export function normalise(text: string): string {
  return ` ${stems(text).join(' ')} `;
}

const writtenWord = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Chinese words that, like "but", open a clause of their own: negation does not reach past them. */
const clauseWords = new Set(['但', '但是', '而是', '不过', '然而', '可是']);

/** The written words of a text with their offsets; a word with Chinese in it is cut into its words. */
function* writtenWords(text: string): Generator<{ 0: string; index: number; han: boolean }> {
  for (const m of text.matchAll(writtenWord)) {
    if (!hasHan(m[0])) {
      yield { 0: m[0], index: m.index, han: false };
      continue;
    }
    for (const piece of splitHan(m[0]))
      if (piece.han) yield { 0: piece.text, index: m.index + piece.index, han: true };
      else
        // The Latin letters next to Chinese ("AI安全") are words of their own.
        for (const inner of piece.text.matchAll(writtenWord))
          yield { 0: inner[0], index: m.index + piece.index + inner.index, han: false };
  }
}

export function tokenise(text: string): Tokens {
  const tokens: Token[] = [];
  const words: string[] = [];
  const offsets: [number, number][] = [];
  let last = 0;
  // A break before a word with no tokens (another script) holds for the next word that has some.
  let pendingSentence = false;
  let pendingClause = false;
  for (const m of writtenWords(text)) {
    const between = text.slice(last, m.index);
    last = m.index + m[0].length;
    const parts = m.han ? [m[0]] : fold(m[0]);
    // A word with no letters the reader knows (another script) is still a word of the query: it has no
    // tokens, so nothing reads it, and the reader reports it as unplaced.
    pendingSentence ||= /[.!?。！？]/.test(between);
    pendingClause ||= pendingSentence || /[,;:()[\]{}，；：、（）]|\s[–—-]+\s/.test(between);
    const sentenceBreak = pendingSentence;
    const clauseBreak = pendingClause || parts[0] === 'but' || (m.han && clauseWords.has(parts[0]));
    if (parts.length > 0) pendingSentence = pendingClause = false;
    words.push(m[0]);
    offsets.push([m.index, m.index + m[0].length]);
    parts.forEach((lower, k) =>
      tokens.push({
        stem: m.han ? lower : stem(lower),
        lower,
        word: words.length - 1,
        clauseBreak: k === 0 && clauseBreak,
        sentenceBreak: k === 0 && sentenceBreak,
      }),
    );
  }
  const slice = (fromWord: number, toWord: number) =>
    text.slice(offsets[fromWord][0], offsets[toWord][1]).replace(/\s+/g, ' ');
  return { tokens, words, slice };
}
