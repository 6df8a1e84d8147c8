/**
 * Renders CSL-JSON with citation-js: BibTeX, RIS, Chicago (author-date), APA and GB/T 7714-2015. Node
 * only (it reads the project's styles from disk); the Worker fills templates rendered here at build time.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { cslJsonText, type CslItem } from '../domain/cite/csl.ts';
import { bibtexEscape } from '../domain/cite/bibtex-text.ts';
import { withoutNocase } from '../domain/cite/comparison-subject.ts';
import type { CitationFormat, RenderedFormat } from '../domain/cite/formats.ts';

const chicago = 'precedents-chicago-author-date';
const gbt7714 = 'precedents-gb-t-7714-2015-numeric';
const templates = plugins.config.get('@csl').templates;
if (!templates.has(chicago))
  templates.add(chicago, readFileSync(new URL('./styles/chicago-author-date.csl', import.meta.url), 'utf8'));
if (!templates.has(gbt7714))
  templates.add(gbt7714, readFileSync(new URL('./styles/gb-t-7714-2015-numeric.csl', import.meta.url), 'utf8'));

/*
 * BibTeX in UTF-8. The library's default writes ASCII only and, for any character it has no LaTeX command
 * for, writes nothing: a Russian or Chinese title came out as blanks. Biber, modern BibTeX and reference
 * managers read UTF-8, so the values are written as they are, and the characters BibTeX treats as syntax
 * are escaped here instead (see `bibtexItem`).
 */
plugins.config.get('@bibtex').format.asciiOnly = false;

/** CSL fields BibTeX writes verbatim (addresses and identifiers), which must not be escaped. */
const verbatimFields = new Set(['id', 'citation-key', 'URL', 'DOI', 'ISBN', 'ISSN', 'type']);

/** An item with BibTeX's special characters (& % $ # _ { } \ ~ ^) escaped in every text field but the verbatim ones. */
function bibtexItem(item: CslItem): CslItem {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return verbatimFields.has(key) ? value : bibtexEscape(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(item, '') as CslItem;
}

const styleOf: Record<'chicago' | 'apa' | 'gb-t-7714', string> = { chicago, apa: 'apa', 'gb-t-7714': gbt7714 };

/**
 * RIS through the library's own field mapping, written one tag a line. The library's text writer wraps
 * values at 70 characters and its reader rejoins them with a space, which breaks long titles and URLs
 * on the way back; reference managers read unwrapped lines.
 */
function ris(items: CslItem[]): string {
  const records = new Cite(items.map(plainTitle)).format('ris', { format: 'object' }) as Record<
    string,
    string | string[]
  >[];
  return records
    .map((record, i) => {
      record.ID = risId(items[i].id);
      // The library writes a treaty as GEN (generic); RIS's own type for a legal instrument is LEGAL.
      if (items[i].type === 'treaty') record.TY = 'LEGAL';
      const lines = [`TY  - ${record.TY}`];
      for (const [tag, value] of Object.entries(record))
        if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${v}`);
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * RIS has no markup: a title's CSL "nocase" span (words that Chicago and APA must not recase, see
 * src/domain/cite/csl.ts) is written as its words alone.
 */
function plainTitle(item: CslItem): CslItem {
  return { ...item, title: withoutNocase(item.title) };
}

/**
 * RIS allows 20 characters of reference id, and the library cuts longer ids there — so two sources of one
 * record ("us_ussr_incsea_1972_text_tias", "…_text_wikisource") would share an id. A longer id keeps its
 * first 7 characters and gains a 12-character hash of the whole id (FNV-1a, 64 bits, base 36), unique in
 * practice across the dataset and the same on every machine.
 */
export function risId(id: string): string {
  if (id.length <= 20) return id;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(id)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return `${id.slice(0, 7)}_${hash.toString(36).padStart(13, '0').slice(-12)}`;
}

export function renderCitation(items: CslItem[], format: CitationFormat): string {
  switch (format) {
    case 'csl-json':
      return cslJsonText(items);
    case 'bibtex':
      return `${new Cite(items.map(bibtexItem)).format('bibtex').trim()}\n`;
    case 'ris':
      return `${ris(items)}\n`;
    case 'chicago':
    case 'apa':
    case 'gb-t-7714':
      return `${new Cite(items).format('bibliography', { template: styleOf[format], format: 'text', lang: 'en-US' }).trim()}\n`;
  }
}

export function renderAll(items: CslItem[]): Record<RenderedFormat, string> {
  return {
    bibtex: renderCitation(items, 'bibtex'),
    ris: renderCitation(items, 'ris'),
    chicago: renderCitation(items, 'chicago'),
    apa: renderCitation(items, 'apa'),
    'gb-t-7714': renderCitation(items, 'gb-t-7714'),
  };
}

/** Reads BibTeX or RIS back into CSL-JSON with the same library (used by tests and by anyone checking an export). */
export function parseCitation(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}
