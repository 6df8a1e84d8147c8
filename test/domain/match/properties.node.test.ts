/** Properties every similarity and score must have, checked on generated values (fast-check). */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indexCodebook } from '../../../src/domain/codebook-index.ts';
import { featureTypeDefinitions } from '../../../src/domain/feature-types/index.ts';
import { aggregate } from '../../../src/domain/match/compare-codings.ts';
import { codebook as codebookSchema, type Feature } from '../../../src/domain/schema.ts';

const index = indexCodebook(codebookSchema.parse(parse(readFileSync('cases/codebook.yaml', 'utf8'))));

/** A generator of valid values for one feature, as the compile step would store them. */
function valueOf(feature: Feature): fc.Arbitrary<string | string[] | boolean> {
  const ids = feature.values.map((v) => v.id);
  if (feature.type === 'boolean') return fc.boolean();
  if (feature.type === 'set') return fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length });
  return fc.constantFrom(...ids);
}

describe.each(index.features.map((f) => [f.id, f] as const))('feature %s', (_id, feature) => {
  const definition = featureTypeDefinitions[feature.type];
  const featureIndex = index.byId.get(feature.id)!;
  const sim = (a: string | string[] | boolean, b: string | string[] | boolean) =>
    definition.similarity(featureIndex, a, b);

  it('gives similarities in [0, 1]', () =>
    fc.assert(
      fc.property(valueOf(feature), valueOf(feature), (a, b) => {
        const s = sim(a, b);
        return s >= 0 && s <= 1;
      }),
    ));

  it('is symmetric', () =>
    fc.assert(fc.property(valueOf(feature), valueOf(feature), (a, b) => Math.abs(sim(a, b) - sim(b, a)) < 1e-12)));

  it('gives identical values similarity 1', () => fc.assert(fc.property(valueOf(feature), (a) => sim(a, a) === 1)));
});

const localVector = fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
  minLength: index.features.length,
  maxLength: index.features.length,
});
const weightVector = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
  minLength: index.features.length,
  maxLength: index.features.length,
});
const codedVector = fc.array(fc.boolean(), { minLength: index.features.length, maxLength: index.features.length });

describe('the global score', () => {
  it('lies in [0, 1]', () =>
    fc.assert(
      fc.property(localVector, weightVector, codedVector, (local, weights, coded) => {
        const { score } = aggregate(
          local,
          weights,
          coded.map((c, i) => c || local[i] !== null),
        );
        return score >= 0 && score <= 1 + 1e-12;
      }),
    ));

  it('does not change when every weight is scaled by the same factor', () =>
    fc.assert(
      fc.property(
        localVector,
        weightVector,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (local, weights, factor) => {
          const coded = local.map((s) => s !== null);
          const a = aggregate(local, weights, coded).score;
          const b = aggregate(
            local,
            weights.map((w) => w * factor),
            coded,
          ).score;
          return Math.abs(a - b) < 1e-9;
        },
      ),
    ));

  it('never falls when one feature becomes more similar', () =>
    fc.assert(
      fc.property(
        localVector,
        weightVector,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (local, weights, which, raise) => {
          const i = which % local.length;
          if (local[i] === null) return true;
          const coded = local.map((s) => s !== null);
          const higher = [...local];
          higher[i] = Math.min(1, local[i]! + raise);
          return aggregate(higher, weights, coded).score >= aggregate(local, weights, coded).score - 1e-12;
        },
      ),
    ));

  it('lets uncertain comparisons count less in the mean, but not in the coverage', () => {
    // A sure match and an uncertain mismatch (both values coded low: 0.5 × 0.5).
    const result = aggregate([1, 0], [1, 1], [true, true], [1, 0.25]);
    expect(result.similarity).toBeCloseTo(1 / 1.25, 12);
    expect(result.coverage).toBe(1);
  });

  it('is unchanged by reliabilities that are all equal', () =>
    fc.assert(
      fc.property(localVector, weightVector, fc.double({ min: 0.1, max: 1, noNaN: true }), (local, weights, r) => {
        const coded = local.map((s) => s !== null);
        const plain = aggregate(local, weights, coded).score;
        const scaled = aggregate(
          local,
          weights,
          coded,
          local.map(() => r),
        ).score;
        return Math.abs(plain - scaled) < 1e-9;
      }),
    ));

  it('scores an identical, fully coded record 1', () => {
    const ones = index.features.map(() => 1);
    expect(
      aggregate(
        ones,
        index.features.map((f) => f.weight),
        ones.map(() => true),
      ).score,
    ).toBe(1);
  });

  it('discounts a thin comparison: same similarity, less coverage, lower score', () => {
    const weights = index.features.map(() => 1);
    const coded = index.features.map(() => true);
    const full = aggregate(
      index.features.map(() => 0.8),
      weights,
      coded,
    );
    const thin = aggregate(
      index.features.map((_, i) => (i < 5 ? 0.8 : null)),
      weights,
      coded,
    );
    expect(thin.similarity).toBeCloseTo(full.similarity, 12);
    expect(thin.coverage).toBeCloseTo(5 / index.features.length, 12);
    expect(thin.score).toBeLessThan(full.score);
  });
});
