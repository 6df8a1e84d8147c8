/**
 * Chinese words in a query. Chinese is written without spaces, so a run of Han characters is cut into
 * words by the runtime's own dictionary (`Intl.Segmenter` with locale `zh`, in Node and in workerd; no
 * dictionary is shipped). Where a runtime has no segmenter, each character is a word: the reader matches
 * Chinese phrases by their characters across word boundaries (see `hanRunEnd`), so it still finds them.
 *
 * Chinese words are not stemmed or folded: a token's stem is the word as written.
 */

/** Han ideographs (CJK unified ideographs and extensions, compatibility ideographs) and the iteration mark. */
export const hanCharacter = /[\p{Script=Han}々〇]/u;
const hanRun = /[\p{Script=Han}々〇]+/gu;

export const hasHan = (text: string): boolean => hanCharacter.test(text);

type Segmenter = { segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };

let segmenter: Segmenter | null | undefined;
function chineseSegmenter(): Segmenter | null {
  if (segmenter !== undefined) return segmenter;
  const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => Segmenter }).Segmenter;
  segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** A piece of a written word: a Chinese word, or a run of other letters and digits. */
export interface Piece {
  text: string;
  /** Offset within the text given. */
  index: number;
  han: boolean;
}

/** Cuts a written word into Chinese words and runs of other characters, in order. */
export function splitHan(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  const other = (to: number) => {
    if (to > last) pieces.push({ text: text.slice(last, to), index: last, han: false });
  };
  for (const m of text.matchAll(hanRun)) {
    other(m.index);
    last = m.index + m[0].length;
    for (const word of hanWords(m[0])) pieces.push({ text: word.text, index: m.index + word.index, han: true });
  }
  other(text.length);
  return pieces;
}

function hanWords(run: string): { text: string; index: number }[] {
  const s = chineseSegmenter();
  if (!s) return [...run].map((c, i) => ({ text: c, index: i }));
  return [...s.segment(run)].map((w) => ({ text: w.segment, index: w.index }));
}

/**
 * Where a Chinese phrase (its words joined) ends if it starts at token `i`: the tokens from `i` whose
 * words, joined, spell the phrase exactly, or -1. So "人工智能" is found whether the segmenter cut the
 * query into 人工|智能 or left 人工智能 whole, as long as the phrase starts and ends on word boundaries.
 */
export function hanRunEnd(
  tokens: readonly { stem: string; sentenceBreak: boolean }[],
  i: number,
  phrase: string,
): number {
  let spelled = '';
  for (let j = i; j < tokens.length; j++) {
    if (j > i && tokens[j].sentenceBreak) return -1;
    spelled += tokens[j].stem;
    if (spelled === phrase) return j;
    if (!phrase.startsWith(spelled)) return -1;
  }
  return -1;
}
