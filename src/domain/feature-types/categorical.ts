import { pairKey } from '../codebook-index.ts';
import { parseOne, type FeatureTypeDefinition } from './feature-type.ts';

/** Unordered categories: equal values match; related values match as far as the codebook's table says. */
export const categorical: FeatureTypeDefinition = {
  type: 'categorical',
  parse: parseOne,
  similarity(index, a, b) {
    if (a === b) return 1;
    return index.related.get(pairKey(a as string, b as string)) ?? 0;
  },
  describe: (index, value) => index.label(value as string),
};
