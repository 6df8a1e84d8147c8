/**
 * The sentences the engine writes — shared features, disanalogies, the understanding and out-of-scope
 * notices, the robustness figures in words — as one catalogue per language (sentences-en.ts,
 * sentences-zh.ts, chosen in sentence-catalogues.ts) of the same shape, so a sentence missing in one language is a type error. The labels
 * inside them come from the codebook in the same language (its `zh` labels); the catalogues hold only
 * the words around them. Pure and browser-safe (no zod), so the workbench can say robustness the same way.
 */

/** A rank or a range of ranks across runs. */
export interface RankRange {
  rankMin: number;
  rankMax: number;
}

export interface Sentences {
  /** How the query is called when it is not a record of the case-base. */
  queryName: string;
  /** Between the values of a set ("communication link, notification"). */
  listSeparator: string;
  sharedBoth(feature: string, value: string): string;
  sharedClose(feature: string, query: string, queryName: string, precedent: string, precedentName: string): string;
  disanalogy(feature: string, query: string, queryName: string, precedent: string, precedentName: string): string;
  /** `why` is the case-base's own words, which are English: the Chinese catalogue says so. */
  outOfScope(phrase: string, name: string, why: string, closest: readonly string[]): string;
  understandingNone: string;
  understandingNothingInCodebook: string;
  understandingLow(percent: number): string;
  rankRange(range: RankRange): string;
  robustnessWeights(k: number, percent: string, runs: number, range: string): string;
  robustnessCoding(k: number, percent: string, runs: number, range: string): string;
}
