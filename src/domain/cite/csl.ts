/**
 * Citations as CSL-JSON, the single source every other format is rendered from (by citation-js, outside
 * the domain). Pure: the same record, context and date give the same items on every machine.
 *
 * A record's citation cites the Precedents entry — its page, the dataset version and the access date —
 * and its primary sources are offered beside it as separate items, never merged into one.
 */
import type { CaseRecord, Source } from '../schema.ts';
import { permalinkHref, permalinkId, type Permalink } from '../permalink.ts';
import { comparisonSubject, nocase, type SubjectLookup } from './comparison-subject.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}
export interface CslDate {
  'date-parts': number[][];
}
/** The subset of CSL-JSON 1.0 that Precedents writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'dataset' | Source['type'];
  title: string;
  'title-short'?: string;
  author?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  page?: string;
  number?: string;
  note?: string;
  publisher?: string;
  genre?: string;
  URL?: string;
  DOI?: string;
  issued?: CslDate;
  accessed?: CslDate;
}

/** Where and when a citation is made: the site's origin, the access date and the versions cited. */
export interface CitationContext {
  /** Origin of the site, e.g. `https://precedents.example` (no trailing slash). */
  site: string;
  /** Access date as YYYY-MM-DD. */
  accessed: string;
  datasetVersion: string;
  engineVersion: string;
  /** The named release being cited, if the dataset version is one: its name and publication date. */
  release?: { name: string; date: string };
}

/**
 * Precedents is named as the publisher, with the versions cited ("Precedents, dataset version …"): it is
 * the one field all four rendered formats print. Naming a publisher also keeps citation-js from copying the
 * URL into BibTeX's `howpublished` (escaped), so every format carries the address exactly as given. A short
 * title is always set: it puts an RIS `ST` tag beside the `ID` tag, which makes the library read its own
 * RIS back with the access date.
 */
export const project = {
  author: 'Precedents contributors',
  name: 'Precedents',
  datasetTitle: 'Precedents: Historical Confidence-Building Mechanisms Compared with Proposed AI Governance Measures',
} as const;

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function cslDate(value: string | number): CslDate {
  const match = isoDate.exec(String(value));
  if (!match) throw new Error(`cite: not a date: "${value}"`);
  return {
    'date-parts': [
      match
        .slice(1)
        .filter((p) => p !== undefined)
        .map(Number),
    ],
  };
}

/** BibTeX keys may not contain hyphens (citation-js drops such keys), so ids are keyed with underscores. */
export const citationKey = (...parts: string[]) => parts.join('_').replaceAll('-', '_');

const projectAuthor: CslName[] = [{ literal: project.author }];

/** "Precedents, release 2026.12 (dataset version …)", or the version alone for content that is not a release. */
const publisherLine = (ctx: CitationContext) =>
  ctx.release
    ? `${project.name}, release ${ctx.release.name} (dataset version ${ctx.datasetVersion})`
    : `${project.name}, dataset version ${ctx.datasetVersion}`;

/** The Precedents entry of one record: its page, at this dataset version, accessed on this date. */
export function recordCitation(record: CaseRecord, ctx: CitationContext): CslItem {
  const key = citationKey('precedents', record.id);
  return {
    id: key,
    'citation-key': key,
    type: 'dataset',
    title: record.name,
    'title-short': record.shortName ?? record.name,
    author: projectAuthor,
    publisher: publisherLine(ctx),
    genre: record.kind === 'verdict' ? 'Verdict record' : 'Case record',
    URL: `${ctx.site}/cases/${record.id}`,
    // The entry is dated by the release it appears in, never by the treaty's own year.
    ...(ctx.release ? { issued: cslDate(ctx.release.date) } : {}),
    accessed: cslDate(ctx.accessed),
  };
}

/** The whole case-base at one dataset version (CITATION.cff says the same in its own format). */
export function datasetCitation(ctx: CitationContext): CslItem {
  return {
    id: 'precedents_dataset',
    'citation-key': 'precedents_dataset',
    type: 'dataset',
    title: project.datasetTitle,
    'title-short': project.name,
    author: projectAuthor,
    publisher: publisherLine(ctx),
    genre: 'Dataset',
    URL: `${ctx.site}/`,
    ...(ctx.release ? { issued: cslDate(ctx.release.date) } : {}),
    accessed: cslDate(ctx.accessed),
  };
}

/** A computed comparison as its citation names it (see src/domain/permalink.ts and ./comparison-subject.ts). */
export interface CitedComparison {
  id: string;
  url: string;
  datasetVersion: string;
  engineVersion: string;
  /** What was compared: the measure's short name or the quoted words, "(modified)" when changed. */
  subject: string;
  /** The day the permalink was made (YYYY-MM-DD); absent for permalinks made before they carried it. */
  created?: string;
}

/** A permalink as its citation names it, at the site's origin; the measure named as `lookup` names it. */
export function citedComparison(permalink: Permalink, site: string, lookup: SubjectLookup): CitedComparison {
  return {
    id: permalinkId(permalink),
    url: `${site}${permalinkHref(permalink)}`,
    datasetVersion: permalink.datasetVersion,
    engineVersion: permalink.engineVersion,
    subject: comparisonSubject(permalink.query, lookup),
    ...(permalink.created !== undefined ? { created: permalink.created } : {}),
  };
}

/** The fixed part of a comparison's title, after the phrase that says what was compared. */
export const comparisonTitleTail = ': computed comparison with historical precedents';

/**
 * A computed comparison, pinned by its permalink; the URL carries the whole query. The title begins
 * with what was compared, kept as written (a nocase span: a quotation is not recased), and the item is
 * dated by the day its permalink was made — or not at all (n.d.) for a permalink without that date.
 */
export function comparisonCitation(comparison: CitedComparison, accessed: string): CslItem {
  const key = citationKey('precedents', 'comparison', comparison.id);
  return {
    // Short enough to be RIS's whole reference id (20 characters), so the id filled in per request stays exact.
    id: `cmp_${comparison.id}`,
    'citation-key': key,
    type: 'dataset',
    title: `${nocase(comparison.subject)}${comparisonTitleTail}`,
    'title-short': `Comparison ${comparison.id}`,
    author: projectAuthor,
    publisher: `${project.name}, dataset version ${comparison.datasetVersion}, engine version ${comparison.engineVersion}`,
    genre: `Computed comparison ${comparison.id}`,
    URL: comparison.url,
    ...(comparison.created !== undefined ? { issued: cslDate(comparison.created) } : {}),
    accessed: cslDate(accessed),
  };
}

/** CSL-JSON as served and printed: an array of items, two-space indented, ending in a newline. */
export function cslJsonText(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
