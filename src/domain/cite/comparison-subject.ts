/**
 * What a comparison compared, as its citation names it: the measure's short name, or the words asked
 * (quoted, shortened), or "a feature profile" — and "(modified)" when the request changed the measure's
 * coding or the weights of its preset. The phrase is written into the citation's title inside a CSL
 * "nocase" span, so that Chicago and APA print it as written rather than recasing a quotation.
 *
 * The cited words are normalised so that every format prints them alike (a test holds the Worker's
 * filled templates to citation-js's own output for arbitrary words): white space is collapsed (none before ? ! : ;), straight
 * and curly quotation marks and guillemets become the look-alike letters ʼ and ʺ (the phrase is itself
 * quoted ‘…’, and citeproc would re-pair any marks inside it), and < > — which citation markup reads
 * as tags — become ‹ ›.
 */
import { canonicalJson } from '../canonical-json.ts';
import type { MatchRequest } from '../match/contract.ts';
import type { CompiledCaseBase } from '../schema.ts';

/** The longest quotation a citation gives of the words asked, in characters (the ellipsis included). */
export const citedWordsLength = 60;

/** A CSL "nocase" span: citation-js and citeproc print its words without changing their case. */
export const nocase = (words: string) => `<span class="nocase">${words}</span>`;
/** The words of a title's nocase spans, without the markup (for RIS, which has none). */
export const withoutNocase = (title: string) => title.replace(/<span class="nocase">(.*?)<\/span>/gs, '$1');

/**
 * Quotation marks become modifier letters that look the same: citeproc pairs quotation marks itself —
 * it flips a quotation nested in the title's own, puts narrow no-break spaces inside guillemets, and an
 * unmatched mark makes it print the title's markup. Letters it leaves alone.
 */
const asLetter: Record<string, string> = {
  "'": 'ʼ',
  '‘': 'ʼ',
  '’': 'ʼ',
  '‚': 'ʼ',
  '‹': 'ʼ',
  '›': 'ʼ',
  '`': 'ʼ',
  '"': 'ʺ',
  '“': 'ʺ',
  '”': 'ʺ',
  '„': 'ʺ',
  '«': 'ʺ',
  '»': 'ʺ',
  '<': '‹',
  '>': '›',
};

/** Text as a citation may quote it: one line, quotation marks as look-alike letters, no angle brackets. */
export function citedText(text: string): string {
  return (
    text
      .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
      .trim()
      // English sets no space before ? ! : ; — and citeproc would make one a narrow no-break space.
      .replace(/ (?=[?!:;])/g, '')
      .replace(/['‘’‚‹›`"“”„«»<>]/g, (c) => asLetter[c])
  );
}

/** The words asked, as quoted in a citation: cited text, cut on a word boundary to 60 characters with "…". */
export function citedWords(text: string): string {
  const characters = Array.from(citedText(text));
  if (characters.length <= citedWordsLength) return characters.join('');
  const room = characters.slice(0, citedWordsLength - 1);
  // The last word kept whole when it ends where the room does.
  const space = characters[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  // Words in scripts written without spaces (Chinese) are cut between characters.
  const kept = space > citedWordsLength / 2 ? room.slice(0, space) : room;
  return `${kept.join('').trimEnd()}…`;
}

/** What the citation needs to know of the case-base: names, codings and weights. */
export interface SubjectLookup {
  /** The short name of a record (or its name), if the case-base has it. */
  name(id: string): string | undefined;
  /** A record's coded value of a feature. */
  coded(id: string, feature: string): unknown;
  /** The weight a feature has under a preset (or the codebook's default weight without one). */
  weight(feature: string, preset: string | undefined): number | undefined;
}

export function subjectLookup(caseBase: CompiledCaseBase): SubjectLookup {
  const records = new Map(caseBase.records.map((r) => [r.id, r]));
  const features = new Map(caseBase.codebook.features.map((f) => [f.id, f]));
  const presets = new Map(caseBase.codebook.presets.map((p) => [p.id, p]));
  return {
    name: (id) => {
      const record = records.get(id);
      return record ? (record.shortName ?? record.name) : undefined;
    },
    coded: (id, feature) => {
      const record = records.get(id);
      return record && 'coding' in record ? record.coding[feature]?.value : undefined;
    },
    weight: (feature, preset) => {
      const named = preset !== undefined ? presets.get(preset) : undefined;
      if (named) return named.weights[feature] ?? 0;
      return features.get(feature)?.weight;
    },
  };
}

/** A feature value as the engine reads it: numbers as ids, sets in any order. */
const sameValue = (a: unknown, b: unknown) => {
  const norm = (v: unknown) =>
    Array.isArray(v) ? v.map(String).sort() : typeof v === 'number' ? String(v) : (v ?? null);
  return canonicalJson(norm(a)) === canonicalJson(norm(b));
};

/**
 * True when the request changed what its measure or preset would give: a feature valued otherwise than
 * the measure's coding (any feature, for a question in words), or a weight other than the preset's.
 * A question asked by features alone is its own profile, so its features change nothing.
 */
export function isModified(query: MatchRequest, lookup: SubjectLookup): boolean {
  const features = Object.entries(query.features ?? {});
  const changedFeature =
    query.measure !== undefined
      ? features.some(([f, v]) => !sameValue(v, lookup.coded(query.measure!, f)))
      : query.text !== undefined && features.length > 0;
  const changedWeight = Object.entries(query.weights ?? {}).some(([f, w]) => w !== lookup.weight(f, query.preset));
  return changedFeature || changedWeight;
}

/** The phrase a comparison's citation names it by, e.g. "AI crisis hotline (modified)" or "‘a hotline for …’". */
export function comparisonSubject(query: MatchRequest, lookup: SubjectLookup): string {
  const quoted = query.text !== undefined ? `‘${citedWords(query.text)}’` : undefined;
  const named = query.measure !== undefined ? citedText(lookup.name(query.measure) ?? query.measure) : undefined;
  const what = named && quoted ? `${named} and ${quoted}` : (named ?? quoted ?? 'a feature profile');
  return isModified(query, lookup) ? `${what} (modified)` : what;
}
