/** The engine on a small fixture case-base, where the expected numbers can be worked out by hand. */
import { describe, expect, it } from 'vitest';
import { compileCaseBase } from '../../../src/casebase/compile.ts';
import { withDatasetVersion } from '../../../src/casebase/dataset-version.ts';
import { compareRecords } from '../../../src/domain/match/compare-records.ts';
import { match } from '../../../src/domain/match/match.ts';
import type { CompiledCaseBase } from '../../../src/domain/schema.ts';
import { actorsFile, codebookFile, mechanism } from '../../casebase/fixture.ts';

function fixture(): CompiledCaseBase {
  const measure = {
    path: 'cases/measures/q.yaml',
    text: `id: q
name: Query measure
shortName: Q
status: proposed
proposedBy: [A tester]
summary: An AI incident hotline between rivals.
coding:
  function: [communication-link]
  partiesStructure: bilateral
  track: 1
sources:
  - { id: s, title: A proposal, type: report, kind: secondary }
`,
  };
  const files = [
    codebookFile,
    actorsFile,
    measure,
    // Same on all three coded features.
    mechanism('twin', '', '  function: [communication-link]\n  partiesStructure: bilateral\n  track: 1\n'),
    // Related function (0.5 in the codebook's table), same parties, track 2 (ordinal distance 1 → 0).
    mechanism('cousin', '', '  function: [consultation-clarification]\n  partiesStructure: bilateral\n  track: 2\n'),
    // Same function only; the other two features are not coded.
    mechanism('thin', '', '  function: [communication-link]\n'),
    // A successor of twin, to test trajectories.
    mechanism(
      'heir',
      'relations:\n  - { type: succeeds, target: twin }\n',
      '  function: [constraint]\n  partiesStructure: multilateral\n  track: 2\n',
    ),
  ];
  const result = compileCaseBase(files);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return withDatasetVersion(result.caseBase);
}

const caseBase = fixture();
const weights = { function: 1, partiesStructure: 1, track: 1 };
const only = Object.fromEntries(
  caseBase.codebook.features.map((f) => [f.id, (weights as Record<string, number>)[f.id] ?? 0]),
);

describe('ranking a measure against the fixture', () => {
  const result = match(caseBase, { measure: 'q', weights: only, runs: 50 });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const byId = new Map(result.response.results.map((r) => [r.id, r]));

  it('ranks the identical record first with score 1 and full coverage', () => {
    expect(result.response.results[0]).toMatchObject({ rank: 1, id: 'twin', score: 1, coverage: 1 });
  });

  it('scores a related record by the weighted mean of its local similarities', () => {
    // (0.5 + 1 + 0) / 3
    expect(byId.get('cousin')).toMatchObject({ similarity: 0.5, coverage: 1, score: 0.5 });
  });

  it('discounts a thin comparison by the square root of its coverage', () => {
    // similarity 1 on the one comparable feature, coverage 1/3 → 1 × √(1/3)
    expect(byId.get('thin')).toMatchObject({ similarity: 1, coverage: 0.3333, score: 0.5774 });
  });

  it('explains what is shared and where the analogy breaks', () => {
    const cousin = byId.get('cousin')!;
    expect(cousin.shared.map((p) => p.feature)).toEqual(['partiesStructure']);
    expect(cousin.disanalogies.map((p) => p.feature)).toEqual(['track']);
    expect(cousin.disanalogies[0].text).toBe('Diplomatic track: track 1 for Q, but track 2 for Test cousin.');
  });

  it('does not rank the query itself, nor measures unless asked', () => {
    expect(result.response.results.map((r) => r.id)).not.toContain('q');
    const withMeasures = match(caseBase, {
      features: { function: ['communication-link'] },
      includeMeasures: true,
      runs: 0,
    });
    expect(withMeasures.ok && withMeasures.response.results.map((r) => r.id)).toContain('q');
  });

  it('shows a lineage family once, headed by its best member, the others listed with their own scores', () => {
    expect(byId.has('heir')).toBe(false);
    const family = byId.get('twin')!.family;
    expect(family).toMatchObject({ id: 'twin', name: 'Test twin' });
    expect(family.members).toHaveLength(1);
    expect(family.members[0]).toMatchObject({ id: 'heir', year: 1963, relation: 'succeeds Test twin (1963)' });
    expect(family.members[0].score).toBeLessThan(1);
    expect(byId.get('cousin')!.family).toEqual({ id: 'cousin', name: 'Test cousin', members: [] });
  });

  it('gives the flat ranking with group none, and shows the lineage of a precedent', () => {
    const flat = match(caseBase, { measure: 'q', weights: only, runs: 0, group: 'none' });
    if (!flat.ok) throw new Error('expected a result');
    const flatById = new Map(flat.response.results.map((r) => [r.id, r]));
    expect(flatById.get('twin')!.family.members).toEqual([]);
    expect(flatById.get('twin')!.trajectory.successors.map((s) => s.id)).toEqual(['heir']);
    expect(flatById.get('heir')!.trajectory.predecessors).toEqual([
      { id: 'twin', name: 'Test twin', year: 1963, relation: 'succeeds', distance: 1 },
    ]);
  });

  it('reports robustness: the identical record stays first under every perturbation', () => {
    expect(byId.get('twin')!.robustness).toMatchObject({ topK: 1, rankMin: 1, rankMax: 1, runs: 50 });
  });
});

describe('queries and their problems', () => {
  it('turns free text into suggested features the user can see', () => {
    const result = match(caseBase, { text: 'a hotline between two rival militaries', runs: 0 });
    if (!result.ok) throw new Error('expected a result');
    expect(result.response.query.features.function).toEqual({
      value: ['communication-link'],
      from: 'text',
      matched: ['hotline'],
    });
    expect(result.response.query.features.participants).toMatchObject({ value: ['militaries'], from: 'text' });
  });

  it('lets explicit features override the measure', () => {
    const result = match(caseBase, { measure: 'q', features: { track: 2 }, runs: 0 });
    expect(result.ok && result.response.query.features.track).toEqual({ value: '2', from: 'request' });
  });

  it('is deterministic: the same request gives the same bytes', () => {
    const a = match(caseBase, { measure: 'q', text: 'hotline', seed: 3 });
    const b = match(caseBase, { measure: 'q', text: 'hotline', seed: 3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('names every problem with its path', () => {
    const result = match(caseBase, {
      measure: 'nope',
      preset: 'fast',
      features: { track: 9, color: 'red' },
      weights: { colour: 1 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path.join('/'))).toEqual([
      'measure',
      'preset',
      'weights/colour',
      'features/track',
      'features/color',
    ]);
  });

  it('refuses weights that are all zero', () => {
    const zero = Object.fromEntries(caseBase.codebook.features.map((f) => [f.id, 0]));
    const result = match(caseBase, { measure: 'q', weights: zero });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'at least one feature needs a positive weight',
    ]);
  });

  it('asks for a query when none is given', () => {
    const result = match(caseBase, {});
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'give at least one of text, measure or features',
    ]);
  });
});

describe('comparing two records', () => {
  it('sets two records side by side, feature by feature', () => {
    const result = compareRecords(caseBase, 'q', 'cousin', { weights: only });
    if (!result.ok) throw new Error('expected a comparison');
    const track = result.response.features.find((f) => f.feature === 'track')!;
    expect(track).toMatchObject({ similarity: 0, a: { value: '1' }, b: { value: '2' } });
    expect(result.response.score).toBe(0.5);
  });
});
