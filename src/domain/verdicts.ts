/**
 * Published verdicts beside computed matches: what the literature says about a measure and a mechanism,
 * kept apart from the score. Nothing here feeds the engine; it only looks verdicts up.
 */
import { publisherName } from './publishers.ts';
import type { VerdictNote } from './match/contract.ts';
import type { CompiledCaseBase, Verdict, VerdictStance } from './schema.ts';

export type { VerdictNote };

/** How a stance reads on a page: what the publication says the measure is to the mechanism. */
export const stanceLabels: Record<VerdictStance, string> = {
  supports: 'Like it',
  partial: 'Partly like it',
  rejects: 'Not like it',
};

export function verdictsOf(caseBase: CompiledCaseBase): Verdict[] {
  return caseBase.records.filter((r): r is Verdict => r.kind === 'verdict');
}

export function verdictNote(caseBase: CompiledCaseBase, verdict: Verdict, rank?: number): VerdictNote {
  const source = verdict.sources.find((s) => s.id === verdict.source)!;
  return {
    id: verdict.id,
    measure: verdict.measure,
    mechanism: verdict.mechanism,
    stance: verdict.stance,
    claim: verdict.claim,
    source: {
      title: source.title,
      ...(source.author !== undefined ? { author: source.author } : {}),
      ...(source.publisher !== undefined ? { publisher: publisherName(caseBase, source) } : {}),
      ...(source.issued !== undefined ? { issued: source.issued } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
      ...(source.doi !== undefined ? { doi: source.doi } : {}),
      ...(verdict.locator !== undefined ? { locator: verdict.locator } : {}),
    },
    ...(rank !== undefined ? { rank } : {}),
  };
}

/**
 * Verdicts to show beside a ranking: those about the queried measure (whatever mechanism they name), then
 * those about a ranked mechanism (whatever measure they name), each with the mechanism's rank if ranked.
 */
export function verdictsForMatch(
  caseBase: CompiledCaseBase,
  query: { measure?: string },
  results: readonly { id: string; rank: number }[],
): VerdictNote[] {
  const rankOf = new Map(results.map((r) => [r.id, r.rank]));
  return verdictsOf(caseBase)
    .filter((v) => v.measure === query.measure || rankOf.has(v.mechanism))
    .map((v) => ({ verdict: v, sameMeasure: v.measure === query.measure, rank: rankOf.get(v.mechanism) }))
    .sort(
      (a, b) =>
        Number(b.sameMeasure) - Number(a.sameMeasure) ||
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        a.verdict.id.localeCompare(b.verdict.id),
    )
    .map(({ verdict, rank }) => verdictNote(caseBase, verdict, rank));
}

/** Verdicts that name a record, as the measure or as the mechanism compared. */
export function verdictsAbout(caseBase: CompiledCaseBase, id: string): Verdict[] {
  return verdictsOf(caseBase)
    .filter((v) => v.measure === id || v.mechanism === id)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A match response with the verdicts beside it: the engine's answer unchanged, the literature added after. */
export function withVerdicts<
  R extends { query: { measure?: string }; results: readonly { id: string; rank: number }[] },
>(caseBase: CompiledCaseBase, response: R): R & { verdicts: VerdictNote[] } {
  return { ...response, verdicts: verdictsForMatch(caseBase, response.query, response.results) };
}
