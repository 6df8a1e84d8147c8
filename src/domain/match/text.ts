/**
 * Free text in, two things out: suggested feature values (read from the codebook's synonyms and concept
 * patterns, shown to the user to check and correct), and lexical relevance of each record to the words
 * (BM25+ through MiniSearch, over names, common names, summaries and key facts).
 *
 * How the words are read:
 * - a value's synonyms match as words in a row, a concept's patterns as words in order with small gaps
 *   (or all within a window), after stemming, so paraphrase reaches a value without its exact string;
 * - a phrase shortly after "not", "no", "without", "non-", "outside", "unlike", "rather than" … in the
 *   same clause is negated: it suggests nothing, or the contrary value where the codebook names one;
 * - a phrase inside a longer phrase for the same feature gives way to it ("ai labs" over "labs");
 * - each phrase weighs by its specificity: the rarer its words are across the codebook's values, and the
 *   more of them, the more it counts; a lone generic word ("ai", "international") counts little. A value
 *   read from specific phrases enters the query with medium confidence, from generic ones with low.
 */
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import type { CodebookIndex } from '../codebook-index.ts';
import type { CompiledCaseBase, Technology } from '../schema.ts';
import { findNamedRecords } from './text-names.ts';
import { type Pattern, type Phrase, compilePhrases, functionWords, hanFirstKey } from './text-patterns.ts';
import { chineseOf } from '../i18n/record-names.ts';
import { hanRunEnd, hasHan, splitHan } from './text-han.ts';
import { withoutContained } from './text-spans.ts';
import { type Token, stems, tokenise } from './text-tokens.ts';

export { normalise } from './text-tokens.ts';

export interface Suggestion {
  feature: string;
  value: string | string[] | boolean;
  /** The phrases of the query that suggested the value. */
  matched: string[];
  /** Medium when a specific phrase (specificity ≥ 0.75) suggested it, low when only generic words did. */
  confidence: 'low' | 'medium';
}

/** One phrase of the query read as one codebook value. */
export interface Recognition {
  phrase: string;
  feature: string;
  value: string;
  /** 0–1: how much the phrase says (more and rarer words say more). */
  specificity: number;
  /** Set when the phrase was negated and read as the codebook's contrary value. */
  negated?: true;
}

/**
 * What the engine made of the words: the values it suggests, each phrase it recognised, the values the
 * query rules out, the content words it could not place, and the records the words name. The engine's
 * `understanding` is judged from this.
 */
export interface TextReading {
  suggestions: Suggestion[];
  technology?: { id: string; matched: string[] };
  recognised: Recognition[];
  /** Values whose phrases the query negates with no contrary in the codebook ("without inspection"). */
  excluded: { phrase: string; feature: string; value: string }[];
  /** Content words (stop words dropped) inside no recognised phrase or name, as written in the query. */
  unrecognised: string[];
  /**
   * How many content words the text has, counted as the reader cut them (Chinese by the segmenter, function
   * words and particles left out), so that the share understood is taken over the same words.
   */
  contentWords?: number;
  /** Records the query names by name, short name, common name or id. */
  namedRecords: { phrase: string; id: string }[];
}

/** One occurrence of a phrase in the query. */
interface Occurrence {
  phrase: Phrase;
  start: number;
  end: number;
  /** The tokens the pattern's slots took (not the words in its gaps). */
  used: number[];
  /** Index of the first token of the negation cue, when negated. */
  cue?: number;
  specificity: number;
}

/** End of the slot's match at token i, or -1. */
function slotEnd(tokens: Token[], i: number, slot: Pattern['slots'][number]): number {
  if (i >= tokens.length) return -1;
  for (const prefix of slot.prefixes) if (tokens[i].lower.startsWith(prefix)) return i;
  for (const run of slot.runs) {
    if (hasHan(run[0])) {
      // Chinese: spelled by characters, whatever words the segmenter cut the query into.
      const end = hanRunEnd(tokens, i, run.join(''));
      if (end >= 0) return end;
      continue;
    }
    if (i + run.length > tokens.length) continue;
    if (run.every((s, k) => tokens[i + k].stem === s && (k === 0 || !tokens[i + k].sentenceBreak)))
      return i + run.length - 1;
  }
  return -1;
}

/** The pattern's slots in order from token i, each within its gap of the last, or undefined. */
function matchOrdered(tokens: Token[], i: number, pattern: Pattern): number[] | undefined {
  const first = slotEnd(tokens, i, pattern.slots[0]);
  if (first < 0) return undefined;
  const used = range(i, first);
  let at = first;
  for (let k = 1; k < pattern.slots.length; k++) {
    let found = -1;
    for (let j = at + 1; j <= at + 1 + pattern.gaps[k] && j < tokens.length; j++) {
      if (tokens[j].sentenceBreak) break;
      const end = slotEnd(tokens, j, pattern.slots[k]);
      if (end >= 0) {
        used.push(...range(j, end));
        found = end;
        break;
      }
    }
    if (found < 0) return undefined;
    at = found;
  }
  return used;
}

/** All of the pattern's slots, in any order, within its window from token i (which must take one). */
function matchAnyOrder(tokens: Token[], i: number, pattern: Pattern): number[] | undefined {
  const window = pattern.window!;
  const taken = new Set<number>();
  const used: number[] = [];
  let startsHere = false;
  for (const slot of pattern.slots) {
    let found = false;
    for (let j = i; j < i + window && j < tokens.length; j++) {
      if (j > i && tokens[j].sentenceBreak) break;
      if (taken.has(j)) continue;
      const end = slotEnd(tokens, j, slot);
      if (end >= 0 && end < i + window) {
        for (const t of range(j, end)) taken.add(t);
        used.push(...range(j, end));
        if (j === i) startsHere = true;
        found = true;
        break;
      }
    }
    if (!found) return undefined;
  }
  return startsHere ? used.sort((a, b) => a - b) : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Negation and contrast cues, as stems in a row. "not only", "not just" do not negate. */
const cues = [
  'not',
  'no',
  'never',
  'without',
  'non',
  'nor',
  'neither',
  't',
  'outsid',
  'except',
  'unlik',
  'rather than',
  'instead of',
  'other than',
  'as oppos to',
  // Chinese cues, as the segmenter may cut them ("不需要" whole, or 不|需要).
  '不',
  '不是',
  '不要',
  '不需要',
  '不用',
  '无需',
  '无须',
  '没有',
  '没',
  '无',
  '非',
  '并非',
  '而非',
  '不同于',
  '除了',
].map((c) => c.split(' '));
/** "not only", "不仅", "不只" do not negate. */
const notNegating = new Set(['onli', 'just', 'mere', 'simpli', '仅', '只', '仅仅', '只是']);
/**
 * How many words may stand between a cue and the phrase it negates ("no need for inspectors"), and how
 * many of them may be content words.
 */
const negationReach = 3;
const maxContentBetween = 1;
const cueWords = new Set(cues.flat());
const conjunctions = new Set(['and', 'or']);

/** Index of the first token of a negation cue governing a phrase that starts at token `start`, if any. */
function negationCue(tokens: Token[], start: number, read: ReadonlySet<number>): number | undefined {
  let content = 0;
  for (let end = start - 1; end >= 0 && end >= start - 1 - negationReach; end--) {
    if (tokens[end + 1].clauseBreak) return undefined;
    for (const cue of cues) {
      const from = end - cue.length + 1;
      if (from < 0 || !cue.every((c, k) => tokens[from + k].stem === c)) continue;
      if (cue.length > 1 && range(from + 1, end).some((k) => tokens[k].clauseBreak)) continue;
      if ((cue[0] === 'not' || cue[0] === '不') && notNegating.has(tokens[end + 1]?.stem ?? '')) continue;
      // "non-" is a prefix: it negates its own word only ("non-proliferation talks" are talks).
      if (cue[0] === 'non' && (end !== start - 1 || tokens[end].word !== tokens[start].word)) continue;
      // 非 and 无 are prefixes too (非政府, 无核查): they negate the word right after them only.
      if ((cue[0] === '非' || cue[0] === '无') && end !== start - 1) continue;
      return from;
    }
    // Words read as phrases of their own extend a negated list ("no inspection or verification"); past a
    // second other content word, or an unread one before "and"/"or", the cue is about something else
    // ("not diverted and model weights").
    if (!functionWords.has(tokens[end].stem) && !read.has(end)) {
      if (++content > maxContentBetween || conjunctions.has(tokens[end + 1].stem)) return undefined;
    }
  }
  return undefined;
}

/**
 * Specificity of a phrase: the weights of its words summed (a word shared by d of the codebook's values and
 * concepts weighs 1 / (1 + log2 d); function words nothing), over 1.5, capped at 1. One word found under a
 * single value reaches 0.67; two such words, or three that each belong to a few values, reach 1.
 */
const specificityScale = 1.5;

const none: readonly Phrase[] = [];

/** The phrases a match starting at this stem may belong to. */
function* candidates(compiled: ReturnType<typeof compilePhrases>, stem: string): Generator<Phrase> {
  yield* compiled.byFirst.get(hasHan(stem) ? hanFirstKey(stem) : stem) ?? none;
  yield* compiled.byFirst.get('') ?? none;
}

function occurrences(index: CodebookIndex, tokens: Token[]): Occurrence[] {
  const compiled = compilePhrases(index);
  const found: Occurrence[] = [];
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    for (const phrase of candidates(compiled, token.stem)) {
      const used =
        phrase.pattern.window !== undefined
          ? matchAnyOrder(tokens, i, phrase.pattern)
          : matchOrdered(tokens, i, phrase.pattern);
      if (!used) continue;
      const key = `${phrase.id}@${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const weight = used.reduce((sum, t) => sum + compiled.stemWeight(tokens[t].stem), 0);
      found.push({
        phrase,
        start: used[0],
        end: used[used.length - 1],
        used,
        specificity: Math.min(1, Math.round((weight / specificityScale) * 100) / 100),
      });
    }
  });
  // Negation last, once it is known which words were read as phrases.
  const read = new Set(found.flatMap((o) => o.used));
  for (const o of found) {
    const cue = negationCue(tokens, o.start, read);
    if (cue !== undefined) o.cue = cue;
  }
  return found;
}

/** A reading of one occurrence for one feature: what it suggests (or rules out), with the words shown. */
interface Evidence {
  occurrence: Occurrence;
  feature: string;
  value: string;
  /** Positive: suggests the value; contrary: suggests it as the negation of another; excluded: rules it out. */
  polarity: 'positive' | 'contrary' | 'excluded';
  phrase: string;
}

/** Specific enough to enter the query with medium confidence: a concept or two rare words. */
const specificPhrase = 0.75;

export function readText(index: CodebookIndex, caseBase: CompiledCaseBase, text: string): TextReading {
  const tokenised = tokenise(text);
  const { tokens, words } = tokenised;
  const asWritten = (from: number, to: number) => tokenised.slice(tokens[from].word, tokens[to].word).toLowerCase();
  const all = occurrences(index, tokens);
  // A shielding term ("data centre") silences the shorter phrases inside it ("centre").
  const found = withoutContained(
    all,
    (o) => o,
    () => '',
    (o) => o.phrase.shields === true,
  );

  const evidence: Evidence[] = [];
  for (const o of found) {
    const shown = asWritten(o.start, o.end);
    if (o.cue === undefined) {
      for (const r of o.phrase.yields) evidence.push({ occurrence: o, ...r, polarity: 'positive', phrase: shown });
      continue;
    }
    const negated = `${asWritten(o.cue, o.start - 1)} ${shown}`;
    for (const r of o.phrase.yields) evidence.push({ occurrence: o, ...r, polarity: 'excluded', phrase: negated });
    for (const r of o.phrase.whenNegated) evidence.push({ occurrence: o, ...r, polarity: 'contrary', phrase: negated });
  }
  // Two phrases read at the same place as the same value ("incident", "incidents") count once.
  const once = new Set<string>();
  const distinct = evidence.filter((e) => {
    const key = [e.feature, e.value, e.polarity, e.occurrence.start, e.occurrence.end].join('\u0000');
    return !once.has(key) && once.add(key);
  });
  // Within a feature, a phrase inside a longer one gives way to it ("non-governmental" over "governmental").
  const kept = withoutContained(
    distinct,
    (e) => e.occurrence,
    (e) => e.feature,
  );

  const suggestions: Suggestion[] = [];
  const recognised: Recognition[] = [];
  const excluded: TextReading['excluded'] = [];
  for (const feature of index.features) {
    if (feature.perTechnology) continue;
    const mine = kept.filter((e) => e.feature === feature.id);
    const supporting = mine.filter((e) => e.polarity !== 'excluded');
    const support = (value: string) => supporting.filter((e) => e.value === value);
    for (const e of mine)
      if (
        e.polarity === 'excluded' &&
        support(e.value).length === 0 &&
        !excluded.some((x) => x.feature === e.feature && x.value === e.value && x.phrase === e.phrase)
      )
        excluded.push({ phrase: e.phrase, feature: e.feature, value: e.value });
    let values = feature.values.map((v) => v.id).filter((v) => support(v).length > 0);
    if (values.length === 0) continue;
    const strength = (v: string) => support(v).reduce((sum, e) => sum + e.occurrence.specificity, 0);
    if (feature.type !== 'set') {
      // One value only: the strongest evidence wins, then the most phrases, then codebook order.
      values = [
        values.reduce((best, v) =>
          strength(v) > strength(best) + 1e-9 ||
          (Math.abs(strength(v) - strength(best)) <= 1e-9 && support(v).length > support(best).length)
            ? v
            : best,
        ),
      ];
    }
    const chosen = supporting.filter((e) => values.includes(e.value));
    const matched = [...new Set(chosen.map((e) => e.phrase))].sort();
    const top = Math.max(...chosen.map((e) => e.occurrence.specificity));
    suggestions.push({
      feature: feature.id,
      value: feature.type === 'set' ? values : feature.type === 'boolean' ? values[0] === 'true' : values[0],
      matched,
      confidence: top >= specificPhrase ? 'medium' : 'low',
    });
    // One recognition per phrase and value, with the phrase's highest specificity.
    const byPhrase = new Map<string, Recognition>();
    for (const e of chosen) {
      const key = `${e.phrase}\u0000${e.value}`;
      const known = byPhrase.get(key);
      if (known) known.specificity = Math.max(known.specificity, e.occurrence.specificity);
      else
        byPhrase.set(key, {
          phrase: e.phrase,
          feature: e.feature,
          value: e.value,
          specificity: e.occurrence.specificity,
          ...(e.polarity === 'contrary' ? { negated: true as const } : {}),
        });
    }
    recognised.push(...byPhrase.values());
  }

  // The technology: the one whose (un-negated) synonyms cover most of the text.
  const technologies = caseBase.records.filter(
    (r): r is Technology & { kind: 'technology' } => r.kind === 'technology',
  );
  const covered = new Set<number>();
  const read = new Set(all.flatMap((o) => o.used));
  const starts = new Map<string, number[]>();
  tokens.forEach((t, i) => (starts.get(t.stem) ?? starts.set(t.stem, []).get(t.stem)!).push(i));
  const technologyHits = technologies
    .map((t) => {
      const matched = new Set<string>();
      for (const synonym of t.synonyms) {
        const run = stems(synonym);
        if (run.length === 0) continue;
        if (hasHan(synonym)) {
          // Chinese, by its characters (the segmenter may cut the query otherwise than the synonym).
          tokens.forEach((_, i) => {
            const end = hanRunEnd(tokens, i, run.join(''));
            if (end < 0 || negationCue(tokens, i, read) !== undefined) return;
            matched.add(synonym);
            range(i, end).forEach((k) => covered.add(k));
          });
          continue;
        }
        for (const i of starts.get(run[0]) ?? [])
          if (
            i + run.length <= tokens.length &&
            run.every((s, k) => tokens[i + k].stem === s) &&
            negationCue(tokens, i, read) === undefined
          ) {
            matched.add(synonym.toLowerCase());
            range(i, i + run.length - 1).forEach((k) => covered.add(k));
          }
      }
      return { id: t.id, matched: [...matched].sort() };
    })
    .filter((t) => t.matched.length > 0)
    .sort((a, b) => weight(b.matched) - weight(a.matched) || a.id.localeCompare(b.id));

  const named = findNamedRecords(caseBase, tokenised);
  // A model the words reject ("not an IAEA for AI", "unlike the IPCC") is named but lends no coding.
  const models = named.filter((n) => negationCue(tokens, n.start, read) === undefined);
  suggestFromModels(index, caseBase, models, suggestions, recognised);
  for (const o of all) {
    o.used.forEach((t) => covered.add(t));
    if (o.cue !== undefined)
      range(o.cue, o.start - 1)
        .filter((t) => cueWords.has(tokens[t].stem))
        .forEach((t) => covered.add(t));
  }
  for (const n of named) range(n.start, n.end).forEach((t) => covered.add(t));
  const placed = new Set<number>();
  const unplaced = new Set<number>();
  tokens.forEach((t, i) => {
    if (functionWords.has(t.stem) || functionWords.has(t.lower) || cueWords.has(t.stem)) return;
    (covered.has(i) ? placed : unplaced).add(t.word);
  });
  const withTokens = new Set(tokens.map((t) => t.word));
  words.forEach((_, w) => withTokens.has(w) || unplaced.add(w));
  const unrecognised = [...new Set([...unplaced].sort((a, b) => a - b).map((w) => words[w]))];

  return {
    suggestions,
    ...(technologyHits[0] ? { technology: technologyHits[0] } : {}),
    recognised,
    excluded,
    unrecognised,
    namedRecords: named.map(({ phrase, id }) => ({ phrase, id })),
    // Distinct words, as `unrecognised` lists them: a word said twice is one word to understand.
    contentWords: new Set([...placed, ...unplaced].map((w) => words[w])).size,
  };
}

/**
 * "An IPCC for AI" asks for a measure built like the IPCC: a named precedent's coding fills the features
 * the words leave open (the first named wins; traits of the governed technology stay with the technology
 * the words name). Shown, like every suggestion, with the words that produced it.
 */
function suggestFromModels(
  index: CodebookIndex,
  caseBase: CompiledCaseBase,
  named: readonly { phrase: string; id: string }[],
  suggestions: Suggestion[],
  recognised: Recognition[],
) {
  for (const n of named) {
    const model = caseBase.records.find((r) => r.id === n.id);
    if (model?.kind !== 'mechanism') continue;
    for (const feature of index.features) {
      const coded = model.coding[feature.id];
      if (feature.perTechnology || !coded || coded.inheritedFrom || suggestions.some((s) => s.feature === feature.id))
        continue;
      suggestions.push({
        feature: feature.id,
        value: coded.value,
        matched: [n.phrase],
        confidence: coded.confidence === 'low' ? 'low' : 'medium',
      });
      for (const value of [coded.value].flat())
        recognised.push({ phrase: n.phrase, feature: feature.id, value: String(value), specificity: 1 });
    }
  }
  // Codebook order, as the text's own suggestions are.
  const order = new Map(index.features.map((f, i) => [f.id, i]));
  suggestions.sort((a, b) => order.get(a.feature)! - order.get(b.feature)!);
}

/** More and longer phrases are stronger evidence ("military ai" says more than "ai"). */
const weight = (phrases: readonly string[]) => phrases.reduce((sum, p) => sum + p.length, 0);

/** Words too common to say anything about relevance (the usual English function words). */
export const stopWords = new Set(
  (
    'a an and are as at be between both by can could for from has have in into is it its of on or such that ' +
    'the their them these this to under which while with would will each other than those'
  ).split(' '),
);
const processTerm = (term: string) => {
  const t = term.toLowerCase();
  if (hasHan(t)) return functionWords.has(t) ? null : t;
  return stopWords.has(t) ? null : stemmer(t);
};

/** MiniSearch's own split (spaces and punctuation), then each piece with Chinese in it cut into its words. */
const spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u;
const tokenize = (text: string): string[] =>
  text.split(spaceOrPunctuation).flatMap((piece) => (hasHan(piece) ? splitHan(piece).map((p) => p.text) : [piece]));

const indexes = new WeakMap<CompiledCaseBase, MiniSearch>();

function lexicalIndex(caseBase: CompiledCaseBase): MiniSearch {
  const cached = indexes.get(caseBase);
  if (cached) return cached;
  const search = new MiniSearch({
    fields: ['name', 'shortName', 'commonNames', 'summary', 'facts', 'zhName', 'zhShortName', 'zhSummary'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { name: 2, shortName: 2, commonNames: 2, zhName: 2, zhShortName: 2 },
      prefix: false,
      fuzzy: false,
    },
  });
  search.addAll(
    caseBase.records
      .filter((r) => r.kind === 'mechanism' || r.kind === 'measure')
      .map((r) => ({
        id: r.id,
        name: r.name,
        shortName: r.shortName,
        commonNames: r.commonNames.join(' · '),
        summary: 'summary' in r ? r.summary : '',
        facts: 'keyFacts' in r ? r.keyFacts.map((f) => f.text).join(' ') : '',
        zhName: chineseOf(r)?.name ?? '',
        zhShortName: chineseOf(r)?.shortName ?? '',
        zhSummary: r.zh?.summary ?? '',
      })),
  );
  indexes.set(caseBase, search);
  return search;
}

/**
 * Lexical relevance of each record to the text, scaled so the best match scores 1; a record the text
 * names (by name, short name, common name or id) is as relevant as can be, 1.
 */
export function lexicalRelevance(caseBase: CompiledCaseBase, text: string): Map<string, number> {
  const results = lexicalIndex(caseBase).search(text, { combineWith: 'OR' });
  const best = results[0]?.score ?? 0;
  const relevance = new Map(best > 0 ? results.map((r) => [String(r.id), r.score / best]) : []);
  for (const n of findNamedRecords(caseBase, tokenise(text)))
    if (relevance.has(n.id) || isCoded(caseBase, n.id)) relevance.set(n.id, 1);
  return relevance;
}

const isCoded = (caseBase: CompiledCaseBase, id: string) =>
  caseBase.records.some((r) => r.id === id && (r.kind === 'mechanism' || r.kind === 'measure'));
