/**
 * Free text in, two things out: suggested feature values (from the codebook's synonyms, shown to the
 * user to check and correct), and lexical relevance of each record to the words (BM25+ through
 * MiniSearch, over names, summaries and key facts).
 */
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import type { CodebookIndex } from '../codebook-index.ts';
import type { CompiledCaseBase, Technology } from '../schema.ts';

export interface Suggestion {
  feature: string;
  value: string | string[] | boolean;
  /** The phrases of the query that suggested the value. */
  matched: string[];
}

/** One phrase of the query read as one codebook value. */
export interface Recognition {
  phrase: string;
  feature: string;
  value: string;
}

/**
 * What the engine made of the words: the values it suggests, each phrase it recognised, the content words
 * it could not place, and the records the words name. The engine's `understanding` is judged from this.
 */
export interface TextReading {
  suggestions: Suggestion[];
  technology?: { id: string; matched: string[] };
  recognised: Recognition[];
  /** Content words (stop words dropped) inside no recognised phrase, as written in the query. */
  unrecognised: string[];
  /** Records the query names by name, short name, common name or id. */
  namedRecords: { phrase: string; id: string }[];
}

/**
 * Lower case, accents and punctuation dropped, every word reduced to its Porter stem, so that
 * "inspectors" in a query meets the synonym "inspector" and "notifying" meets "notify".
 * Returned with a space on each side so phrases can be matched on whole words.
 */
export function normalise(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => (/^[a-z]+$/.test(w) ? stemmer(w) : w));
  return ` ${words.join(' ')} `;
}

/** The codebook phrases (as written there, for the user to read) whose stems occur in the text. */
function phrasesFound(text: string, phrases: readonly string[]): string[] {
  const found = new Set<string>();
  for (const phrase of phrases) {
    const p = normalise(phrase);
    if (p.trim() && text.includes(p)) found.add(phrase.toLowerCase());
  }
  return [...found].sort();
}

/** More and longer phrases are stronger evidence ("military ai" says more than "ai"). */
const weight = (phrases: readonly string[]) => phrases.reduce((sum, p) => sum + p.length, 0);

export function readText(index: CodebookIndex, technologies: readonly Technology[], text: string): TextReading {
  const normalised = normalise(text);
  const suggestions: Suggestion[] = [];
  for (const feature of index.features) {
    if (feature.perTechnology) continue;
    const hits = feature.values
      .map((value, position) => ({ value, position, matched: phrasesFound(normalised, [value.label, ...value.synonyms]) }))
      .filter((h) => h.matched.length > 0);
    if (hits.length === 0) continue;
    if (feature.type === 'set') {
      suggestions.push({ feature: feature.id, value: hits.map((h) => h.value.id), matched: [...new Set(hits.flatMap((h) => h.matched))].sort() });
      continue;
    }
    // One value only: the most specific phrase wins (longest match), then the most matches, then codebook order.
    const longest = (h: (typeof hits)[number]) => Math.max(...h.matched.map((m) => m.length));
    hits.sort((a, b) => longest(b) - longest(a) || b.matched.length - a.matched.length || a.position - b.position);
    const best = hits[0];
    suggestions.push({ feature: feature.id, value: feature.type === 'boolean' ? best.value.id === 'true' : best.value.id, matched: best.matched });
  }
  const technologyHits = technologies
    .map((t) => ({ id: t.id, matched: phrasesFound(normalised, t.synonyms) }))
    .filter((t) => t.matched.length > 0)
    .sort((a, b) => weight(b.matched) - weight(a.matched) || a.id.localeCompare(b.id));
  const recognised: Recognition[] = suggestions.flatMap((s) =>
    s.matched.map((phrase) => ({ phrase, feature: s.feature, value: Array.isArray(s.value) ? s.value.join(',') : String(s.value) })),
  );
  const covered = normalise([...recognised.map((r) => r.phrase), ...(technologyHits[0]?.matched ?? [])].join(' '));
  const unrecognised = [
    ...new Set(
      text
        .split(/[^\p{L}\p{N}'’-]+/u)
        .filter((w) => w && !stopWords.has(w.toLowerCase()) && !covered.includes(normalise(w))),
    ),
  ];
  return {
    suggestions,
    ...(technologyHits[0] ? { technology: technologyHits[0] } : {}),
    recognised,
    unrecognised,
    namedRecords: [],
  };
}

/** Words too common to say anything about relevance (the usual English function words). */
export const stopWords = new Set(
  'a an and are as at be between both by can could for from has have in into is it its of on or such that the their them these this to under which while with would will each other than those'.split(' '),
);
const processTerm = (term: string) => {
  const t = term.toLowerCase();
  return stopWords.has(t) ? null : stemmer(t);
};

const indexes = new WeakMap<CompiledCaseBase, MiniSearch>();

function lexicalIndex(caseBase: CompiledCaseBase): MiniSearch {
  const cached = indexes.get(caseBase);
  if (cached) return cached;
  const search = new MiniSearch({
    fields: ['name', 'shortName', 'summary', 'facts'],
    storeFields: [],
    processTerm,
    searchOptions: { boost: { name: 2, shortName: 2 }, prefix: false, fuzzy: false },
  });
  search.addAll(
    caseBase.records
      .filter((r) => r.kind === 'mechanism' || r.kind === 'measure')
      .map((r) => ({
        id: r.id,
        name: r.name,
        shortName: r.shortName,
        summary: 'summary' in r ? r.summary : '',
        facts: 'keyFacts' in r ? r.keyFacts.map((f) => f.text).join(' ') : '',
      })),
  );
  indexes.set(caseBase, search);
  return search;
}

/** Lexical relevance of each record to the text, scaled so the best match scores 1. */
export function lexicalRelevance(caseBase: CompiledCaseBase, text: string): Map<string, number> {
  const results = lexicalIndex(caseBase).search(text, { combineWith: 'OR' });
  const best = results[0]?.score ?? 0;
  return new Map(best > 0 ? results.map((r) => [String(r.id), r.score / best]) : []);
}
