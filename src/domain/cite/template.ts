/**
 * Citation templates: the library renders every citation once, at build time, with stand-in values
 * (sentinels) for what only a request knows — the site's address, the access date and, for a comparison,
 * its id, URL, pinned versions, creation date and the phrase naming what it compared. The Worker fills in
 * the real values, so it never carries the citation library itself (citeproc alone is ~380 KB minified).
 *
 * The fill is only a substitution of values that every format writes verbatim, plus the dates in each
 * format's own spelling and the phrase as each format writes a nocase span (BibTeX escapes and braces it;
 * see ./comparison-subject.ts for why the phrase needs no more). Tests render with the library and with
 * fill for many values, dates and arbitrary words and require the two to be byte-identical.
 */
import { bibtexKeptWords } from './bibtex-text.ts';
import type { CslItem } from './csl.ts';
import type { RenderedFormat } from './formats.ts';

/** Stand-ins that no real value can equal (ids and versions are hexadecimal or numeric; these are not). */
export const sentinels = {
  site: 'https://sentinel-site.invalid',
  accessed: '1901-02-03',
  comparisonId: 'qqqqsentinel',
  comparisonUrl: 'https://sentinel-comparison.invalid/permalink',
  datasetVersion: 'wwwwsentinel',
  engineVersion: 'engine-sentinel',
  /** Lower case, so that it is braced by no format and recased by none (it stands in a nocase span). */
  comparisonSubject: 'zzzzsubjectsentinel',
  comparisonCreated: '1902-03-04',
} as const;

export type RenderedCitation = Record<RenderedFormat, string>;

/** A record's citations, rendered for one dataset version with the site and access date left open. */
export interface RecordCitationTemplates {
  datasetVersion: string;
  entry: RenderedCitation;
  /** The record's primary sources, fully rendered: they carry no access date of ours. */
  primarySources: { id: string; title: string; csl: CslItem; rendered: RenderedCitation }[];
}

/** The dataset's citation and the comparison citation, shared by every record and permalink. */
export interface SharedCitationTemplates {
  datasetVersion: string;
  dataset: RenderedCitation;
  /** A comparison whose permalink carries no creation date (made before permalinks did): n.d. */
  comparison: RenderedCitation;
  /** A comparison dated by the day its permalink was made. */
  comparisonDated: RenderedCitation;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How each rendered format spells an access date (checked against the library by a test). */
export function accessedText(format: RenderedFormat, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  switch (format) {
    case 'bibtex':
      return iso;
    case 'ris':
      return `${y}/${m}/${d}/`;
    case 'chicago':
    case 'apa':
      return `${months[m - 1]} ${d}, ${y}`;
    // GB/T 7714-2015 writes dates as the standard's numeric form, [2013-11-12].
    case 'gb-t-7714':
      return `[${iso}]`;
  }
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Where each format writes an item's date of issue (a comparison's creation date), as whole fields or
 * the bare year, so that the fill replaces the date and nothing else.
 */
export function issuedTexts(format: RenderedFormat, iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  switch (format) {
    case 'bibtex':
      return [`year = {${y}}`, `month = {${bibtexMonths[m - 1]} ${d}}`];
    case 'ris':
      return [`DA  - ${y}/${m}/${d}/`, `PY  - ${y}`];
    case 'chicago':
    case 'apa':
    case 'gb-t-7714':
      return [String(y)];
  }
}

/** How each format writes the words of a nocase span: BibTeX escapes and braces them; the others print them. */
export function keptWordsText(format: RenderedFormat, words: string): string {
  return format === 'bibtex' ? bibtexKeptWords(words) : words;
}

export interface FillValues {
  site: string;
  accessed: string;
  comparisonId?: string;
  comparisonUrl?: string;
  datasetVersion?: string;
  engineVersion?: string;
  comparisonSubject?: string;
  comparisonCreated?: string;
}

export function fillTemplate(format: RenderedFormat, template: string, values: FillValues): string {
  const replacements = new Map<string, string>([
    [sentinels.site, values.site],
    [accessedText(format, sentinels.accessed), accessedText(format, values.accessed)],
  ]);
  if (values.comparisonUrl !== undefined) replacements.set(sentinels.comparisonUrl, values.comparisonUrl);
  if (values.comparisonId !== undefined) replacements.set(sentinels.comparisonId, values.comparisonId);
  if (values.datasetVersion !== undefined) replacements.set(sentinels.datasetVersion, values.datasetVersion);
  if (values.engineVersion !== undefined) replacements.set(sentinels.engineVersion, values.engineVersion);
  if (values.comparisonSubject !== undefined)
    replacements.set(sentinels.comparisonSubject, keptWordsText(format, values.comparisonSubject));
  if (values.comparisonCreated !== undefined) {
    const created = issuedTexts(format, values.comparisonCreated);
    issuedTexts(format, sentinels.comparisonCreated).forEach((stand, i) => replacements.set(stand, created[i]));
  }
  // One pass, longest stand-in first: a value put in is never scanned again, so it cannot be mistaken for a stand-in.
  const pattern = new RegExp(
    [...replacements.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return template.replace(pattern, (match) => replacements.get(match)!);
}

export function fillAll(template: RenderedCitation, values: FillValues): RenderedCitation {
  return {
    bibtex: fillTemplate('bibtex', template.bibtex, values),
    ris: fillTemplate('ris', template.ris, values),
    chicago: fillTemplate('chicago', template.chicago, values),
    apa: fillTemplate('apa', template.apa, values),
    'gb-t-7714': fillTemplate('gb-t-7714', template['gb-t-7714'], values),
  };
}
