import { parseOne, type FeatureTypeDefinition } from './feature-type.ts';

/** Ordered levels; distance along the scale, so neighbours are close and the ends are far apart. */
export const ordinal: FeatureTypeDefinition = {
  type: 'ordinal',
  parse: parseOne,
  similarity(index, a, b) {
    const i = index.position.get(a as string);
    const j = index.position.get(b as string);
    if (i === undefined || j === undefined) return 0;
    return 1 - Math.abs(i - j) / (index.feature.values.length - 1);
  },
  describe: (index, value) => index.label(value as string),
};
