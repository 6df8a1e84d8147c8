/**
 * CSL-JSON for a record's primary sources, built from the case files. Kept apart from csl.ts because the
 * Worker never needs it: primary sources carry no access date of ours, so they are rendered whole at build
 * time, and the name parser stays out of the Worker bundle.
 */
import { parse as parseName } from '@citation-js/name';
import { publisherName } from '../publishers.ts';
import type { CaseRecord, CompiledCaseBase, Source } from '../schema.ts';
import { citationKey, cslDate, type CslItem, type CslName } from './csl.ts';

/** The record's primary sources (official texts, depositary or government records), as they stand in the case file. */
export function primarySourceCitations(
  caseBase: Pick<CompiledCaseBase, 'publishers'>,
  record: CaseRecord,
): { source: Source; item: CslItem }[] {
  if (!('sources' in record)) return [];
  return record.sources
    .filter((s) => s.kind === 'primary')
    .map((source) => ({ source, item: sourceCitation(caseBase, record.id, source) }));
}

/** Full names of the collections a reference may cite, for the container a style prints. */
const collectionNames: Record<string, string> = {
  UST: 'United States Treaties and Other International Agreements',
  UNTS: 'United Nations Treaty Series',
  LNTS: 'League of Nations Treaty Series',
  'Stat.': 'United States Statutes at Large',
  ILM: 'International Legal Materials',
  CTS: 'Consolidated Treaty Series',
  Bevans: 'Treaties and Other International Agreements of the United States of America 1776–1949',
};

/**
 * Where in an official collection the document stands, as CSL reads it: the first volume-and-page
 * reference ("852 UNTS 151") gives container, volume and page; a FRUS reference gives the volume and the
 * document number; every reference is also kept whole in the note, so none is lost.
 */
function collectionFields(collections: readonly string[] | undefined): Partial<CslItem> {
  if (!collections || collections.length === 0) return {};
  const fields: Partial<CslItem> = { note: collections.join('; ') };
  for (const reference of collections) {
    const volumePage = /^(\d+) (\S+) (\d+)$/.exec(reference);
    if (volumePage && collectionNames[volumePage[2]]) {
      return {
        ...fields,
        'container-title': collectionNames[volumePage[2]],
        volume: volumePage[1],
        page: volumePage[3],
      };
    }
    const frus = /^FRUS ([^,]+), vol\. ([^,]+)(?:, part (\d+))?, (?:doc\.|ch\.) (\S+)$/.exec(reference);
    if (frus) {
      return {
        ...fields,
        'collection-title': 'Foreign Relations of the United States',
        'container-title': `Foreign Relations of the United States, ${frus[1]}`,
        volume: frus[3] ? `${frus[2]}, part ${frus[3]}` : frus[2],
        number: frus[4],
      };
    }
  }
  return fields;
}

/** Kinds of document whose publisher is printed as the periodical or site they appeared in. */
const inContainer = new Set<Source['type']>([
  'article-newspaper',
  'article-magazine',
  'article-journal',
  'entry-encyclopedia',
  'post',
]);

export function sourceCitation(
  caseBase: Pick<CompiledCaseBase, 'publishers'>,
  recordId: string,
  source: Source,
): CslItem {
  const key = citationKey(recordId, source.id);
  const publisher = publisherName(caseBase, source);
  const collection = collectionFields(source.collections);
  return {
    id: key,
    'citation-key': key,
    type: source.type,
    title: source.title,
    ...(source.author !== undefined ? { author: authors(source.author) } : {}),
    ...(publisher !== undefined
      ? inContainer.has(source.type) && !collection['container-title']
        ? { 'container-title': publisher }
        : { publisher }
      : {}),
    ...collection,
    ...(source.issued !== undefined ? { issued: cslDate(source.issued) } : {}),
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
