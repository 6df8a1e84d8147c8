/**
 * Renders CSL-JSON with citation-js: BibTeX, RIS, Chicago (author-date) and APA. Node only (it reads
 * the Chicago style from disk); the Worker fills templates rendered here at build time instead.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { cslJsonText, type CslItem } from '../domain/cite/csl.ts';
import type { CitationFormat, RenderedFormat } from '../domain/cite/formats.ts';

const chicago = 'precedents-chicago-author-date';
const templates = plugins.config.get('@csl').templates;
if (!templates.has(chicago)) templates.add(chicago, readFileSync(new URL('./styles/chicago-author-date.csl', import.meta.url), 'utf8'));

const styleOf: Record<'chicago' | 'apa', string> = { chicago, apa: 'apa' };

/**
 * RIS through the library's own field mapping, written one tag a line. The library's text writer wraps
 * values at 70 characters and its reader rejoins them with a space, which breaks long titles and URLs
 * on the way back; reference managers read unwrapped lines.
 */
function ris(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return records
    .map((record) => {
      const lines = [`TY  - ${record.TY}`];
      for (const [tag, value] of Object.entries(record)) if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${v}`);
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

export function renderCitation(items: CslItem[], format: CitationFormat): string {
  switch (format) {
    case 'csl-json':
      return cslJsonText(items);
    case 'bibtex':
      return `${new Cite(items).format('bibtex').trim()}\n`;
    case 'ris':
      return `${ris(items)}\n`;
    case 'chicago':
    case 'apa':
      return `${new Cite(items).format('bibliography', { template: styleOf[format], format: 'text', lang: 'en-US' }).trim()}\n`;
  }
}

export function renderAll(items: CslItem[]): Record<RenderedFormat, string> {
  return { bibtex: renderCitation(items, 'bibtex'), ris: renderCitation(items, 'ris'), chicago: renderCitation(items, 'chicago'), apa: renderCitation(items, 'apa') };
}

/** Reads BibTeX or RIS back into CSL-JSON with the same library (used by tests and by anyone checking an export). */
export function parseCitation(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}
