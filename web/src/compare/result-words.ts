/**
 * What the workbench says about a result, without the page: relations as phrases, names with their years,
 * the explorer's address for "Show on map", a download's file name. Pure, so it is tested without a browser.
 */
import type { MatchResult } from '@domain/match/contract.ts';
import type { RelationType } from '@domain/schema.ts';
import { relationPhrases, withYear } from '@domain/relations.ts';

export { withYear };

const isRelation = (word: string): word is RelationType => word in relationPhrases;

/**
 * A relation as words: `modelledOn` becomes "modelled on"; a family member's "succeeds Hotline Agreement
 * (1963)" becomes "succeeds Hotline Agreement (1963)" and "partOf X" "part of X". `towards` says whether
 * the relation is read from the result (outgoing) or towards it (incoming).
 */
export function relationWords(relation: string, towards: 'outgoing' | 'incoming' = 'outgoing'): string {
  const [first, ...rest] = relation.split(' ');
  if (!isRelation(first)) return relation;
  return [relationPhrases[first][towards].toLowerCase(), ...rest].join(' ');
}

/** The engine's words for a family's inverse relations (src/domain/match/families.ts). */
const inverseWords: Record<string, RelationType> = {
  'succeeded by': 'succeeds',
  'amended by': 'amends',
  'has as a part': 'partOf',
};

/**
 * A relation as the engine writes it ("succeeds Hotline Agreement (1963)", "amended by X", "partOf X"),
 * read into its type, its direction and what follows — so a page in another language can say it in its own
 * words. Undefined for anything else ("founding record").
 */
export function readRelation(
  relation: string,
): { type: RelationType; towards: 'outgoing' | 'incoming'; rest: string } | undefined {
  for (const [words, type] of Object.entries(inverseWords))
    if (relation.startsWith(`${words} `)) return { type, towards: 'incoming', rest: relation.slice(words.length + 1) };
  const [first, ...rest] = relation.split(' ');
  return isRelation(first) ? { type: first, towards: 'outgoing', rest: rest.join(' ') } : undefined;
}

/** The explorer with this result selected and its lineage family lit (web/src/explorer/url-state.ts). */
export function mapHref(result: Pick<MatchResult, 'id' | 'family'>): string {
  const params = new URLSearchParams({ select: result.id });
  const members = result.family.members.map((m) => m.id);
  if (members.length > 0) params.set('lit', members.join(','));
  return `/?${params}`;
}

/** A file name from the question: "precedents-ai-crisis-hotline.csv". */
export function exportFileName(what: string, extension: string): string {
  const slug = what
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return `precedents-${slug || 'ranking'}.${extension}`;
}
