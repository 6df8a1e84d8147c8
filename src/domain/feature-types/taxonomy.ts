import { parseOne, type FeatureTypeDefinition } from './feature-type.ts';

/**
 * Values in a tree (e.g. domain: military › conventional forces › naval and air). Similarity is
 * Wu–Palmer: 2·depth(lowest common ancestor) / (depth(a) + depth(b)), with the root at depth 0, so
 * siblings deep in the tree are closer than values that meet only at the root.
 */
export const taxonomy: FeatureTypeDefinition = {
  type: 'taxonomy',
  parse: parseOne,
  similarity(index, a, b) {
    if (a === b) return 1;
    const up = index.ancestry.get(a as string);
    const other = index.ancestry.get(b as string);
    if (!up || !other) return 0;
    const lca = up.find((v) => other.includes(v));
    if (lca === undefined) return 0;
    const depth = (v: string) => index.ancestry.get(v)!.length - 1;
    const denominator = depth(a as string) + depth(b as string);
    return denominator === 0 ? 1 : (2 * depth(lca)) / denominator;
  },
  describe: (index, value) => index.label(value as string),
};
