import { pairKey, type FeatureIndex } from '../codebook-index.ts';
import { quoteInput } from '../quote-input.ts';
import { expectedOneOf, type FeatureTypeDefinition } from './feature-type.ts';

function valueSimilarity(index: FeatureIndex, a: string, b: string): number {
  return a === b ? 1 : (index.related.get(pairKey(a, b)) ?? 0);
}

/** How well the values of `from` are matched by the best partner in `to`, summed. */
function matched(index: FeatureIndex, from: string[], to: string[]): number {
  let total = 0;
  for (const a of from) {
    let best = 0;
    for (const b of to) best = Math.max(best, valueSimilarity(index, a, b));
    total += best;
  }
  return total;
}

/**
 * Several values at once (a measure usually does several things). Similarity is the overlap of the two
 * sets in which each value is credited with its best partner on the other side: without a table of
 * related values this is the Dice coefficient 2|A∩B|/(|A|+|B|); with one, near-misses count in part.
 */
export const set: FeatureTypeDefinition = {
  type: 'set',
  parse(index, raw) {
    const items = Array.isArray(raw) ? raw : [raw];
    if (items.length === 0) return { ok: false, message: `${expectedOneOf(index)} (a list of at least one); got []` };
    const values: string[] = [];
    for (const item of items) {
      const id = typeof item === 'number' ? String(item) : item;
      if (typeof id !== 'string' || !index.position.has(id))
        return { ok: false, message: `${expectedOneOf(index)}; got ${quoteInput(item)}` };
      if (values.includes(id)) return { ok: false, message: `value ${id} is listed twice` };
      values.push(id);
    }
    // Codebook order, so the same set is always written the same way (stable bytes, stable hash).
    values.sort((x, y) => index.position.get(x)! - index.position.get(y)!);
    return { ok: true, value: values };
  },
  similarity(index, a, b) {
    const xs = a as string[];
    const ys = b as string[];
    if (xs.length === 0 && ys.length === 0) return 1;
    if (xs.length === 0 || ys.length === 0) return 0;
    return (matched(index, xs, ys) + matched(index, ys, xs)) / (xs.length + ys.length);
  },
  describe: (index, value) => (value as string[]).map((v) => index.label(v)).join(', '),
};
