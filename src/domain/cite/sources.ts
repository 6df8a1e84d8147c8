/**
 * CSL-JSON for a record's primary sources, built from the case files. Kept apart from csl.ts because the
 * Worker never needs it: primary sources carry no access date of ours, so they are rendered whole at build
 * time, and the name parser stays out of the Worker bundle.
 */
import { parse as parseName } from '@citation-js/name';
import type { CaseRecord, Source } from '../schema.ts';
import { citationKey, cslDate, type CslItem, type CslName } from './csl.ts';

/** The record's primary sources (official texts, depositary or government records), as they stand in the case file. */
export function primarySourceCitations(record: CaseRecord): { source: Source; item: CslItem }[] {
  if (!('sources' in record)) return [];
  return record.sources.filter((s) => s.kind === 'primary').map((source) => ({ source, item: sourceCitation(record.id, source) }));
}

export function sourceCitation(recordId: string, source: Source): CslItem {
  const key = citationKey(recordId, source.id);
  const date = source.date ?? source.year;
  return {
    id: key,
    'citation-key': key,
    type: 'document',
    title: source.title,
    ...(source.author !== undefined ? { author: authors(source.author) } : {}),
    ...(source.publisher !== undefined ? { publisher: source.publisher } : {}),
    ...(date !== undefined ? { issued: cslDate(date) } : {}),
    ...(source.url !== undefined ? { URL: source.url } : {}),
    ...(source.doi !== undefined ? { DOI: source.doi } : {}),
  };
}

const organisationWords =
  /\b(?:Council|Committee|Department|Institute|Cent(?:er|re)|Office|Agency|Commission|Association|Organi[sz]ation|Ministry|University|Foundation|Forum|Society|Bureau|Service|Group|Nations|Union|Secretariat|Government|Programme|Program|Laborator(?:y|ies)|Network|Project|News|Press)\b/;
const nameToken = /^(?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.|van|von|der|de|da|del|di|du|la|le|bin|al|Jr\.|Sr\.)$/u;

/**
 * Case files write authors as prose ("Henry Chu and Paul Richter"). Plain personal names are split into
 * given and family names (so styles can invert them); anything else — an organisation, "et al.", a
 * parenthesis — is kept whole as a literal rather than guessed at.
 */
export function authors(text: string): CslName[] {
  const literal = [{ literal: text }];
  if (/[()"“”\d]|et al\.?|co-author|editor/i.test(text) || organisationWords.test(text)) return literal;
  const parts = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const personal = parts.every((part) => {
    const tokens = part.split(/\s+/);
    return tokens.length >= 2 && tokens.length <= 5 && tokens.every((t) => nameToken.test(t));
  });
  if (!personal) return literal;
  return parts.map((part) => parseName(part) as CslName);
}
