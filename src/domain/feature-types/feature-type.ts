/**
 * One definition per feature type: how a value is read from a case file, and how two values compare.
 * The codebook says which type each feature has; nothing else in the code switches on the type.
 */
import { quoteInput } from '../quote-input.ts';
import type { FeatureIndex } from '../codebook-index.ts';
import type { FeatureType } from '../schema.ts';

/** A value as it sits in a compiled record: one value id, several, or a boolean. */
export type Value = string | string[] | boolean;

export type ParseResult = { ok: true; value: Value } | { ok: false; message: string };

export interface FeatureTypeDefinition {
  type: FeatureType;
  /** Reads a raw value from YAML or JSON (numbers are accepted for numeric value ids such as track 1.5). */
  parse(index: FeatureIndex, raw: unknown): ParseResult;
  /** Local similarity in [0, 1]; 1 for identical values. */
  similarity(index: FeatureIndex, a: Value, b: Value): number;
  /** The value in words, from the codebook's labels. */
  describe(index: FeatureIndex, value: Value): string;
}

export function expectedOneOf(index: FeatureIndex): string {
  return `expected one of ${index.feature.values.map((v) => v.id).join(', ')}`;
}

/** Reads one value id, accepting a YAML number where the value ids are numbers ("1.5"). */
export function parseOne(index: FeatureIndex, raw: unknown): ParseResult {
  const id = typeof raw === 'number' ? String(raw) : raw;
  if (typeof id === 'string' && index.position.has(id)) return { ok: true, value: id };
  return { ok: false, message: `${expectedOneOf(index)}; got ${quoteInput(raw)}` };
}
