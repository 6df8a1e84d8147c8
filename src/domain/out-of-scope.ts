/**
 * Models the literature names that the case-base does not hold on purpose: purely national programmes
 * (the Manhattan Project, Apollo) and strategies or norms without an instrument (nuclear deterrence).
 * A query that names one is told so, and pointed to the closest records that are in scope, rather than
 * silently matched on its other words. The list lives in `cases/out-of-scope.yaml`; the scope itself is
 * written down in `cases/README.md` and on /about.
 *
 * Pure: no I/O. The compile step (src/casebase/compile.ts) validates the file against these schemas
 * and checks that every `closest` id names a mechanism.
 */
import * as z from 'zod';
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from './record-id.ts';

const kebabId = z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);

/** Where the literature names the model: the reader can check that people do reach for it. */
export const outOfScopeSource = z.strictObject({
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  year: z.number().int().min(1800).max(2100),
  /** The publisher's own address, only where one was seen. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export const outOfScopeModel = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  /** The words people use for it; matched as whole words, case and accents ignored. */
  names: z.array(z.string().min(2)).min(1),
  /** Why it is out of scope, in a sentence a reader can weigh. */
  why: z.string().min(1),
  /** Ids of in-scope records that come closest to what the literature wants from the model. */
  closest: z.array(kebabId).min(1),
  sources: z.array(outOfScopeSource).min(1),
});
export type OutOfScopeModel = z.infer<typeof outOfScopeModel>;

export const outOfScopeFile = z.strictObject({ models: z.array(outOfScopeModel) });

/** An out-of-scope model named in a text, with the words that named it as they were written. */
export interface OutOfScopeMention {
  id: string;
  name: string;
  /** The words of the text that named the model, as written (e.g. "Manhattan-style project"). */
  matched: string;
  why: string;
  closest: string[];
}

/**
 * Lower case, accents dropped, every run of characters other than letters and digits turned into one
 * space, so that "Manhattan-Project" and "manhattan project" read alike. `starts[i]` is where the i-th
 * character of the folded text came from in the original, so a match can be quoted as written.
 */
function fold(text: string): { folded: string; starts: number[] } {
  let folded = '';
  const starts: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const base = text[i].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const ch of base) {
      if (/[\p{L}\p{N}]/u.test(ch)) {
        if (pendingSpace && folded.length > 0) {
          folded += ' ';
          starts.push(i);
        }
        pendingSpace = false;
        folded += ch;
        starts.push(i);
      } else pendingSpace = true;
    }
  }
  return { folded, starts };
}

/**
 * The out-of-scope models a text names, in the order they first appear; each model at most once, quoted
 * by its longest name found at that first place. Names match only as whole words, so "Apollo programme"
 * does not fire on "Apollo–Soyuz" and "FDA" does not fire inside another word.
 */
export function findOutOfScopeModels(text: string, models: readonly OutOfScopeModel[]): OutOfScopeMention[] {
  const { folded, starts } = fold(text);
  const padded = ` ${folded} `;
  const found: { at: number; end: number; model: OutOfScopeModel }[] = [];
  for (const model of models) {
    let best: { at: number; end: number } | undefined;
    for (const name of model.names) {
      const needle = fold(name).folded;
      if (!needle) continue;
      const index = padded.indexOf(` ${needle} `);
      if (index < 0) continue;
      // The match's leading space sits at `index` in `padded`, so its first letter sits at `index` in `folded`.
      const at = index;
      const end = at + needle.length;
      if (!best || at < best.at || (at === best.at && end > best.end)) best = { at, end };
    }
    if (best) found.push({ ...best, model });
  }
  found.sort((a, b) => a.at - b.at || a.model.id.localeCompare(b.model.id));
  return found.map(({ at, end, model }) => {
    const from = starts[at];
    const matched = text.slice(from, starts[end - 1] + 1);
    return { id: model.id, name: model.name, matched, why: model.why, closest: [...model.closest] };
  });
}
