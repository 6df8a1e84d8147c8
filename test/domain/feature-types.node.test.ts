import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { indexCodebook } from '../../src/domain/codebook-index.ts';
import { featureTypeDefinitions } from '../../src/domain/feature-types/index.ts';
import { codebook as codebookSchema } from '../../src/domain/schema.ts';

const codebook = codebookSchema.parse(parse(readFileSync('cases/codebook.yaml', 'utf8')));
const index = indexCodebook(codebook);
const similarity = (featureId: string, a: unknown, b: unknown) => {
  const feature = index.byId.get(featureId)!;
  return featureTypeDefinitions[feature.feature.type].similarity(feature, a as never, b as never);
};

describe('local similarity, one definition per feature type', () => {
  it.each([
    ['ordinal: same level', 'timeCriticality', 'minutes', 'minutes', 1],
    ['ordinal: neighbours on a five-level scale', 'timeCriticality', 'minutes', 'hours', 0.75],
    ['ordinal: the two ends', 'timeCriticality', 'minutes', 'months', 0],
    ['ordinal: numeric value ids (tracks)', 'track', '1', '2', 0],
    ['ordinal: track 1.5 sits between', 'track', '1.5', '2', 0.5],
    ['categorical: equal', 'activation', 'crisis-only', 'crisis-only', 1],
    ['categorical: related in the table', 'activation', 'crisis-only', 'event-triggered', 0.6],
    ['categorical: unrelated', 'activation', 'crisis-only', 'periodic', 0],
    ['set: identical', 'function', ['communication-link', 'notification'], ['notification', 'communication-link'], 1],
    ['set: disjoint and unrelated', 'function', ['constraint'], ['joint-exercise'], 0],
    [
      'set: Dice overlap without related values',
      'participants',
      ['militaries', 'civil-society'],
      ['militaries'],
      2 / 3,
    ],
    ['set: related values count in part', 'function', ['communication-link'], ['consultation-clarification'], 0.5],
    ['taxonomy: same node', 'domain', 'naval-and-air', 'naval-and-air', 1],
    ['taxonomy: cousins under military', 'domain', 'nuclear-weapons', 'naval-and-air', (2 * 1) / (2 + 3)],
    ['taxonomy: meet only at the root', 'domain', 'nuclear-weapons', 'general-purpose-ai', 0],
    ['taxonomy: a node and its ancestor', 'domain', 'military', 'nuclear-weapons', (2 * 1) / (1 + 2)],
    ['boolean: equal', 'reciprocal', true, true, 1],
    ['boolean: different', 'reciprocal', true, false, 0],
  ])('%s', (_label, feature, a, b, expected) => {
    expect(similarity(feature, a, b)).toBeCloseTo(expected, 10);
    expect(similarity(feature, b, a)).toBeCloseTo(expected, 10);
  });
});

describe('parsing coded values', () => {
  const parseValue = (featureId: string, raw: unknown) => {
    const feature = index.byId.get(featureId)!;
    return featureTypeDefinitions[feature.feature.type].parse(feature, raw);
  };
  it('reads YAML numbers as numeric value ids', () =>
    expect(parseValue('track', 1.5)).toEqual({ ok: true, value: '1.5' }));
  it('lists the allowed values when a value is wrong', () =>
    expect(parseValue('track', 3)).toEqual({ ok: false, message: 'expected one of 2, 1.5, 1; got 3' }));
  it('sorts set values into codebook order so the same set is always written alike', () =>
    expect(parseValue('function', ['notification', 'communication-link'])).toEqual({
      ok: true,
      value: ['communication-link', 'notification'],
    }));
  it('rejects a value listed twice in a set', () =>
    expect(parseValue('function', ['notification', 'notification'])).toEqual({
      ok: false,
      message: 'value notification is listed twice',
    }));
  it('accepts a single value for a set feature', () =>
    expect(parseValue('function', 'notification')).toEqual({ ok: true, value: ['notification'] }));
  it('rejects a string for a boolean feature', () =>
    expect(parseValue('reciprocal', 'yes')).toEqual({ ok: false, message: 'expected true or false; got "yes"' }));
});
