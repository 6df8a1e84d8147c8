import type { FeatureType } from '../schema.ts';
import { boolean } from './boolean.ts';
import { categorical } from './categorical.ts';
import type { FeatureTypeDefinition } from './feature-type.ts';
import { ordinal } from './ordinal.ts';
import { set } from './set.ts';
import { taxonomy } from './taxonomy.ts';

export type { FeatureTypeDefinition, ParseResult, Value } from './feature-type.ts';

export const featureTypeDefinitions: Record<FeatureType, FeatureTypeDefinition> = {
  ordinal,
  set,
  categorical,
  taxonomy,
  boolean,
};
