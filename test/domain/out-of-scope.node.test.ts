import { describe, expect, it } from 'vitest';
import { findOutOfScopeModels, outOfScopeModel, type OutOfScopeModel } from '../../src/domain/out-of-scope.ts';

const model = (id: string, names: string[], closest = ['cern-1954']): OutOfScopeModel => ({
  id,
  name: names[0],
  names,
  why: `why ${id}`,
  closest,
  sources: [{ title: 'A source', year: 2024 }],
});

const models = [
  model('manhattan-project', ['Manhattan Project', 'Manhattan-style project']),
  model('apollo-program', ['Apollo program', 'Apollo programme']),
  model('fda', ['FDA', 'Food and Drug Administration'], ['icao-1944']),
];

describe('findOutOfScopeModels', () => {
  it('finds a model named in a query, quoted as written, with why and the closest records', () => {
    const found = findOutOfScopeModels('Fund a Manhattan-Style Project for AGI.', models);
    expect(found).toEqual([
      {
        id: 'manhattan-project',
        name: 'Manhattan Project',
        matched: 'Manhattan-Style Project',
        why: 'why manhattan-project',
        closest: ['cern-1954'],
      },
    ]);
  });

  it('lists several models in the order the text names them, each once', () => {
    const found = findOutOfScopeModels('Not the FDA, not an Apollo programme, not the FDA again', models);
    expect(found.map((f) => [f.id, f.matched])).toEqual([
      ['fda', 'FDA'],
      ['apollo-program', 'Apollo programme'],
    ]);
  });

  it('matches whole words only, ignoring case and accents', () => {
    expect(findOutOfScopeModels('Apollo–Soyuz test project; fdax; manhattan projects', models)).toEqual([]);
    expect(findOutOfScopeModels('the fóod AND drug administration', models).map((f) => f.id)).toEqual(['fda']);
  });

  it('prefers the longest name that starts where the model is first named', () => {
    const long = [model('x', ['nuclear deterrence', 'nuclear deterrence doctrine'])];
    const [found] = findOutOfScopeModels('a nuclear deterrence doctrine for AI', long);
    expect(found.matched).toBe('nuclear deterrence doctrine');
  });

  it('finds nothing in a text that names no model, and nothing when there are no models', () => {
    expect(findOutOfScopeModels('a hotline between militaries', models)).toEqual([]);
    expect(findOutOfScopeModels('a Manhattan Project', [])).toEqual([]);
  });
});

describe('the out-of-scope model schema', () => {
  it('rejects an entry without closest records or sources, and unknown fields', () => {
    const bad = outOfScopeModel.safeParse({ ...model('x', ['X thing']), closest: [], sources: [], extra: 1 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'closest', 'sources']);
  });
});
