/**
 * The Chinese glossary (`cases/glossary-zh.yaml`): one Chinese rendering for each recurring term of the
 * field, so that the codebook, and later the records, say 建立信任措施 for "confidence-building measures"
 * everywhere and never a second coinage. Each term names its basis — an authentic Chinese text of a UN
 * document or treaty, a title China's government uses, or customary usage in Chinese scholarship — and
 * how firm that basis is.
 *
 * Pure: no I/O. The compile step (src/casebase/compile.ts) validates the file against these schemas with
 * file:line errors, and `checkGlossaryUse` holds Chinese text to the glossary.
 */
import * as z from 'zod';
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from './record-id.ts';

const kebabId = z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);
const hanText = z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese');

/** Where the Chinese rendering is attested. */
export const glossaryBasis = z.strictObject({
  /** The document's title as published (in Chinese where it is a Chinese text). */
  title: z.string().min(1),
  /** Who issued or published it ("United Nations General Assembly", "中华人民共和国国防部"). */
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  /** A UN document symbol, where there is one ("A/68/189"). */
  symbol: z.string().min(1).optional(),
  /** The publisher's own address, only where one was seen. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The words of the document that carry the term, as written there. */
  quote: z.string().min(1).optional(),
});

export const glossaryTerm = z.strictObject({
  id: kebabId,
  /** The English term, lower case unless a proper name; matched as whole words in English labels. */
  en: z.string().min(1),
  /** Other English forms of the same term ("CBMs", "confidence building measures"). */
  enVariants: z.array(z.string().min(1)).default([]),
  /** The one Chinese rendering Precedents uses. */
  zh: hanText,
  /** Chinese forms a reader will also meet: never written by Precedents; read wherever the term is read. */
  zhVariants: z.array(hanText).default([]),
  /**
   * official: in an authentic Chinese text or a Chinese government title; customary: the usual term of
   * Chinese scholarship and press, with no official text found; translation: Precedents' own rendering.
   */
  status: z.enum(['official', 'customary', 'translation']),
  basis: z.array(glossaryBasis).default([]),
  note: z.string().min(1).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

export const glossaryFile = z.strictObject({ terms: z.array(glossaryTerm).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  const english = new Map<string, number>();
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  file.terms.forEach((t, i) => {
    if (ids.has(t.id)) issue(['terms', i, 'id'], `duplicate term id "${t.id}"`);
    ids.add(t.id);
    for (const en of [t.en, ...t.enVariants]) {
      const key = en.toLowerCase();
      if (english.has(key)) issue(['terms', i, 'en'], `"${en}" is already term ${english.get(key)}`);
      else english.set(key, i);
    }
    if (t.status !== 'translation' && t.basis.length === 0)
      issue(['terms', i, 'basis'], `a term of status ${t.status} needs its basis`);
  });
});
export type GlossaryFile = z.infer<typeof glossaryFile>;

/** A place where Chinese text does not use the glossary's rendering of an English term it translates. */
export interface GlossaryMiss {
  term: string;
  en: string;
  zh: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The glossary terms whose English appears (as whole words, case ignored) in `english` but whose Chinese
 * does not appear in `chinese`: the Chinese text translates the term some other way, or drops it.
 */
export function glossaryMisses(terms: readonly GlossaryTerm[], english: string, chinese: string): GlossaryMiss[] {
  const misses: GlossaryMiss[] = [];
  for (const t of terms) {
    const said = [t.en, ...t.enVariants].some((en) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escape(en)}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(english),
    );
    if (said && !chinese.includes(t.zh)) misses.push({ term: t.id, en: t.en, zh: t.zh });
  }
  return misses;
}
