/**
 * The codebook's ways of saying a value, compiled once per codebook into patterns over stems: each
 * value's label and synonyms (words in a row) and each concept's patterns (words in order with small
 * gaps, or all of them within a window). Also the weight of each stem: a word found under many values
 * ("international", "ai") says little about which one is meant; a word found under one says much.
 */
import type { CodebookIndex } from '../codebook-index.ts';
import type { ConceptPattern } from '../schema.ts';
import { hasHan } from './text-han.ts';
import { stems } from './text-tokens.ts';

/**
 * A Chinese phrase is filed under its first character, not its first word: the query's words may be cut
 * otherwise than the phrase's (人工智能 whole, or 人工|智能), and the match is by characters.
 */
export const hanFirstKey = (word: string): string => `\u0000${String.fromCodePoint(word.codePointAt(0)!)}`;

/** One word slot: any of its alternatives, each a run of stems or a prefix of the word as written. */
interface Slot {
  runs: string[][];
  prefixes: string[];
}

export interface Pattern {
  slots: Slot[];
  /** gaps[i]: how many other words may come before slot i (gaps[0] is unused). */
  gaps: number[];
  /** When set, the slots may come in any order within this many words. */
  window?: number;
}

export interface Reading {
  feature: string;
  value: string;
}

export interface Phrase {
  /** Position in the compiled list, a key for the phrase. */
  id: number;
  /** What the reader is shown: the codebook's synonym, or the concept's label. */
  label: string;
  /** The concept's id, for concept patterns. */
  concept?: string;
  /** Shorter phrases inside a match of this one give way, whatever their feature. */
  shields?: true;
  pattern: Pattern;
  /** The values the phrase suggests, and what it suggests when negated. */
  yields: Reading[];
  whenNegated: Reading[];
}

export interface CompiledPhrases {
  phrases: Phrase[];
  /** Phrases by the first stem a match can start with; `prefix*` and any-order patterns under "". */
  byFirst: Map<string, Phrase[]>;
  /** How much one occurrence of a stem says about which value is meant (0–1). */
  stemWeight(stem: string): number;
}

const defaultGap = 2;
const wideGap = 6;

function compileSlot(text: string): Slot {
  const slot: Slot = { runs: [], prefixes: [] };
  for (const alternative of text.split('|'))
    if (alternative.endsWith('*')) slot.prefixes.push(alternative.slice(0, -1).toLowerCase());
    else slot.runs.push(stems(alternative));
  return slot;
}

export function compilePattern(pattern: ConceptPattern): Pattern {
  const text = typeof pattern === 'string' ? pattern : pattern.all;
  const slots: Slot[] = [];
  const gaps: number[] = [];
  let gap = defaultGap;
  for (const part of text.trim().split(/\s+/)) {
    if (part === '..') {
      gap = wideGap;
      continue;
    }
    slots.push(compileSlot(part));
    gaps.push(gap);
    gap = defaultGap;
  }
  return { slots, gaps, ...(typeof pattern === 'string' ? {} : { window: pattern.within }) };
}

/** A synonym as a pattern: its words in a row, no gaps. */
function phrasePattern(phrase: string): Pattern {
  return { slots: stems(phrase).map((s) => ({ runs: [[s]], prefixes: [] })), gaps: stems(phrase).map(() => 0) };
}

const readings = (values: Record<string, string | string[]> | undefined): Reading[] =>
  Object.entries(values ?? {}).flatMap(([feature, v]) => [v].flat().map((value) => ({ feature, value })));

/**
 * Chinese particles, pronouns, conjunctions and prepositions as the segmenter cuts them: they say nothing
 * about a value, and the reader does not report them as words it could not place.
 */
const chineseFunctionWords = (
  '的 地 得 了 着 过 之 之间 间 和 与 及 以及 或 或者 并 并且 而 在 于 对 对于 把 被 将 向 从 由 为 为了 以 ' +
  '是 有 这 那 这个 那个 这些 那些 一个 一种 一些 个 种 其 该 各 每 我们 他们 它们 我 你 他 她 它 ' +
  '也 都 还 就 又 再 很 更 最 能 会 可以 可能 应 应该 需要 要 让 使 给 如何 怎样 什么 哪些 吗 呢 吧 啊 ' +
  '中 里 上 下 内 时 后 前 等 比如 例如 类似 如 像 一样 通过 进行 关于 方面 有关 相关 彼此 互相 相互 ' +
  '只 只要 只是 仅 仅仅 就是 即 即使 如果 因为 所以 以便 一下 一起 建立 设立 开展 采取 实现 提供 用于 哪 谁'
).split(' ');

/**
 * Function words say nothing about a value; they may stand in a pattern ("each other") but weigh nothing.
 * Shared with the reader's list of words it does not need to place.
 */
export const functionWords = new Set(
  (
    "a an and are as at be been between both by can could do doe for from ha have in into is it it's its " +
    'of on or our s such t that the their them these they thi those to under we which while who with would ' +
    'will each other than so if then there what when where how all ani some more most also onli just but'
  )
    .split(' ')
    .flatMap((w) => [w, ...stems(w)])
    .concat(chineseFunctionWords),
);

const cache = new WeakMap<CodebookIndex, CompiledPhrases>();

export function compilePhrases(index: CodebookIndex): CompiledPhrases {
  const cached = cache.get(index);
  if (cached) return cached;
  const phrases: Phrase[] = [];
  for (const feature of index.features) {
    if (feature.perTechnology) continue;
    for (const value of feature.values) {
      const whenNegated = value.contrary ? [{ feature: feature.id, value: value.contrary }] : [];
      const chinese = value.zh ? [value.zh.label, ...value.zh.synonyms] : [];
      for (const phrase of new Set([value.label, ...value.synonyms, ...chinese].map((p) => p.toLowerCase())))
        if (stems(phrase).length > 0)
          phrases.push({
            id: phrases.length,
            label: phrase,
            pattern: phrasePattern(phrase),
            yields: [{ feature: feature.id, value: value.id }],
            whenNegated,
          });
    }
  }
  for (const concept of index.codebook.concepts ?? [])
    for (const [pattern, label] of [
      ...concept.patterns.map((p) => [p, concept.label] as const),
      ...(concept.zh?.patterns ?? []).map((p) => [p, concept.zh!.label] as const),
    ])
      phrases.push({
        id: phrases.length,
        label,
        concept: concept.id,
        ...(concept.shields ? { shields: true as const } : {}),
        pattern: compilePattern(pattern),
        yields: readings(concept.suggests),
        whenNegated: readings(concept.whenNegated),
      });

  // Document frequency of a stem: the number of distinct values (or concepts) whose phrases use it.
  const users = new Map<string, Set<string>>();
  for (const p of phrases) {
    const owner = p.concept ?? `${p.yields[0].feature}=${p.yields[0].value}`;
    for (const slot of p.pattern.slots)
      for (const s of [...slot.runs.flat(), ...slot.prefixes]) {
        if (!users.has(s)) users.set(s, new Set());
        users.get(s)!.add(owner);
      }
  }
  const stemWeight = (stem: string) => {
    if (functionWords.has(stem)) return 0;
    const df = users.get(stem)?.size ?? 1;
    return 1 / (1 + Math.log2(df));
  };

  const byFirst = new Map<string, Phrase[]>();
  const add = (key: string, p: Phrase) => {
    if (!byFirst.has(key)) byFirst.set(key, []);
    if (!byFirst.get(key)!.includes(p)) byFirst.get(key)!.push(p);
  };
  for (const p of phrases) {
    const first = p.pattern.slots[0];
    if (p.pattern.window !== undefined || first.prefixes.length > 0) add('', p);
    else for (const run of first.runs) add(hasHan(run[0]) ? hanFirstKey(run[0]) : run[0], p);
  }
  const compiled = { phrases, byFirst, stemWeight };
  cache.set(index, compiled);
  return compiled;
}
