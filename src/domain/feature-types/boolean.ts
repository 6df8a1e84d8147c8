import { quoteInput } from '../quote-input.ts';
import { type FeatureTypeDefinition } from './feature-type.ts';

/** Yes or no; written `true` or `false` in a case file. */
export const boolean: FeatureTypeDefinition = {
  type: 'boolean',
  parse(_index, raw) {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    return { ok: false, message: `expected true or false; got ${quoteInput(raw)}` };
  },
  similarity: (_index, a, b) => (a === b ? 1 : 0),
  describe: (index, value) => index.label(String(value)),
};
