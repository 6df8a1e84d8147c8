/** The six formats a citation is offered in. CSL-JSON is the source; the other five are rendered from it. */
export const citationFormats = ['csl-json', 'bibtex', 'ris', 'chicago', 'apa', 'gb-t-7714'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** Formats rendered from CSL-JSON by citation-js (at build time for the Worker, at run time in the CLI). */
export const renderedFormats = ['bibtex', 'ris', 'chicago', 'apa', 'gb-t-7714'] as const;
export type RenderedFormat = (typeof renderedFormats)[number];

export const formatInfo: Record<CitationFormat, { label: string; mediaType: string; extension: string }> = {
  'csl-json': {
    label: 'CSL-JSON',
    mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    extension: 'json',
  },
  bibtex: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  chicago: { label: 'Chicago (author-date, 17th ed.)', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  apa: { label: 'APA (7th ed.)', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  'gb-t-7714': { label: 'GB/T 7714-2015 (numeric)', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
};
