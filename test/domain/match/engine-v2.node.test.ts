/**
 * Properties of the grouped ranking on the real case-base (fast-check): lineage families, the
 * contemporary lane, honest understanding, and robustness over coding doubt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledIndex } from '../../../src/domain/match/compiled-index.ts';
import type { MatchRequest } from '../../../src/domain/match/contract.ts';
import { match } from '../../../src/domain/match/match.ts';
import { whereItRanks } from '../../../src/domain/match/where-it-ranks.ts';
import type { CompiledCaseBase } from '../../../src/domain/schema.ts';
import { realCaseBase } from '../../support/case-base.ts';

const caseBase = realCaseBase();
const ix = compiledIndex(caseBase);
const measures = caseBase.records.filter((r) => r.kind === 'measure').map((r) => r.id);
const aiDomain = new Set(
  ix.records.filter((r, i) => ix.contemporary[i] === 1 && r.kind === 'mechanism').map((r) => r.id),
);

function run(request: MatchRequest) {
  const result = match(caseBase, request);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.response;
}

const queries = fc.record(
  {
    measure: fc.constantFrom(...measures),
    text: fc.constantFrom(
      'a hotline between rival militaries',
      'scientists meet outside government',
      'on-site inspection of test sites',
    ),
    preset: fc.constantFrom('function', 'institutional-form', 'feasible-under-low-trust', 'transferability'),
    group: fc.constantFrom('family' as const, 'none' as const),
    era: fc.constantFrom('cold-war', 'before-cold-war', 'post-cold-war'),
  },
  { requiredKeys: ['measure'] },
);

describe('the grouped ranking', () => {
  it('shows every candidate exactly once, as a head or a member, and no AI-domain record among the precedents', () =>
    fc.assert(
      fc.property(queries, (query) => {
        const response = run({ ...query, limit: 1000, contemporary: 50, runs: 0 });
        const shown = response.results.flatMap((r) => [r.id, ...r.family.members.map((m) => m.id)]);
        expect(new Set(shown).size).toBe(shown.length);
        const lane = response.contemporary.flatMap((r) => [r.id, ...r.family.members.map((m) => m.id)]);
        expect(lane.every((id) => aiDomain.has(id))).toBe(true);
        expect(shown.some((id) => aiDomain.has(id))).toBe(false);
        const era = caseBase.codebook.eras.find((e) => e.id === query.era);
        const expected = caseBase.records
          .filter((r) => r.kind === 'mechanism' && r.id !== query.measure && !aiDomain.has(r.id))
          .filter((r) => !era || (r.kind === 'mechanism' && r.year >= era.from && r.year <= (era.to ?? Infinity)))
          .map((r) => r.id);
        expect([...shown].sort()).toEqual(expected.sort());
        if (query.group === 'none') expect(response.results.every((r) => r.family.members.length === 0)).toBe(true);
      }),
      { numRuns: 40 },
    ));

  it('heads each family with its best-scoring member', () => {
    const response = run({ measure: 'ai-crisis-hotline', runs: 0, limit: 50 });
    for (const r of response.results) for (const m of r.family.members) expect(m.score).toBeLessThanOrEqual(r.score);
    const hotline = response.results.find((r) => r.family.id === 'us-ussr-hotline-mou-1963')!;
    expect([hotline.id, ...hotline.family.members.map((m) => m.id)].sort()).toEqual([
      'us-ussr-hotline-improvement-1971',
      'us-ussr-hotline-mou-1963',
      'us-ussr-hotline-upgrade-1984',
    ]);
    // Family relations name their records once with their year: "succeeds Hotline Agreement (1963)", not "(1963) (1963)".
    const relations = hotline.family.members.map((m) => m.relation).join(' | ');
    expect(relations).toContain('Hotline Agreement (1963)');
    expect(relations).not.toMatch(/\((\d{4})\) \(\1\)/);
  });

  it('restricts the precedents to the years asked for', () => {
    const response = run({ measure: 'ai-crisis-hotline', runs: 0, limit: 50, from: 1960, to: 1975, group: 'none' });
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.every((r) => r.year! >= 1960 && r.year! <= 1975)).toBe(true);
  });
});

describe('honest understanding', () => {
  it('gives no ranking when nothing in the words was understood', () =>
    fc.assert(
      fc.property(fc.stringMatching(/^[qxz]{4,8}( [qxz]{4,8}){0,3}$/), (text) => {
        const response = run({ text, runs: 0 });
        expect(response.query.understanding.level).toBe('none');
        expect(response.results).toEqual([]);
        expect(response.contemporary).toEqual([]);
        expect(response.notice).toMatch(/Nothing in these words matched/);
      }),
      { numRuns: 30 },
    ));

  it('counts a word said twice once, so repeated gibberish is still not understood', () => {
    const response = run({ text: 'qxqq qxqq xzxxqq', runs: 0 });
    expect(response.query.understanding).toMatchObject({ level: 'none', coverage: 0 });
    expect(response.results).toEqual([]);
  });

  it('reads a plain description as understood, and says which words it could not place', () => {
    const response = run({ text: 'a hotline between rival militaries to clarify incidents zzzz', runs: 0 });
    expect(['fair', 'good']).toContain(response.query.understanding.level);
    expect(response.query.understanding.unrecognised).toEqual(['zzzz']);
    expect(response.results.length).toBeGreaterThan(0);
  });

  it('counts a query given as a measure as understood, whatever its words', () => {
    expect(run({ measure: 'ai-crisis-hotline', text: 'zzzz', runs: 0 }).query.understanding.level).toBe('good');
  });
});

/** The case-base with every coded value (and every inherited one) at high confidence. */
function allHigh(base: CompiledCaseBase): CompiledCaseBase {
  return {
    ...base,
    records: base.records.map((r) =>
      'coding' in r
        ? {
            ...r,
            coding: Object.fromEntries(
              Object.entries(r.coding).map(([k, v]) => [k, { ...v, confidence: 'high' as const }]),
            ),
          }
        : r,
    ),
  } as CompiledCaseBase;
}

describe('robustness over coding doubt', () => {
  it('is deterministic for a seed', () =>
    fc.assert(
      fc.property(fc.constantFrom(...measures), fc.nat(), (measure, seed) => {
        const a = run({ measure, seed, runs: 20 });
        const b = run({ measure, seed, runs: 20 });
        expect(a.results.map((r) => r.robustness)).toEqual(b.results.map((r) => r.robustness));
      }),
      { numRuns: 15 },
    ));

  it('equals the weight-only figures when every value is coded with high confidence', () => {
    const sure = allHigh(caseBase);
    fc.assert(
      fc.property(fc.constantFrom(...measures), fc.nat(), (measure, seed) => {
        const result = match(sure, { measure, seed, runs: 20 });
        if (!result.ok) throw new Error('expected a result');
        for (const r of result.response.results) {
          const { coding, ...weights } = r.robustness;
          expect(coding).toEqual(weights);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('moves doubtful records: somewhere the coding figures differ from the weight figures', () => {
    const response = run({ measure: 'ai-crisis-hotline', runs: 100 });
    expect(
      response.results.some(
        (r) => r.robustness.coding.topK !== r.robustness.topK || r.robustness.coding.rankMax !== r.robustness.rankMax,
      ),
    ).toBe(true);
  });
});

describe('where a record ranks', () => {
  it('agrees with the flat ranking, and names what separates it from the cutoff', () => {
    const flat = run({ measure: 'ai-crisis-hotline', runs: 0, group: 'none', limit: 50 });
    const incsea = flat.results.find((r) => r.id === 'us-ussr-incsea-1972')!;
    const answer = whereItRanks(caseBase, { measure: 'ai-crisis-hotline', group: 'none' }, 'us-ussr-incsea-1972');
    if (!answer.ok) throw new Error(JSON.stringify(answer.problems));
    expect(answer.explanation.rank).toBe(incsea.rank);
    expect(answer.explanation.score).toBe(incsea.score);
    expect(answer.explanation.cutoff).toEqual({ rank: 10, score: flat.results[9].score, id: flat.results[9].id });
    const sum = answer.explanation.features.reduce((s, f) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(incsea.score, 2);
  });

  it('answers 404 for an unknown id and 422 for a record that is not a mechanism', () => {
    const unknown = whereItRanks(caseBase, { measure: 'ai-crisis-hotline' }, 'no-such-record');
    expect(unknown).toMatchObject({ ok: false, status: 404, problems: [{ path: ['candidate'] }] });
    const actor = caseBase.records.find((r) => r.kind === 'actor')!.id;
    expect(whereItRanks(caseBase, { measure: 'ai-crisis-hotline' }, actor)).toMatchObject({ ok: false, status: 422 });
    expect(whereItRanks(caseBase, { measure: 'ai-crisis-hotline' }, 'ai-terminology-dialogue')).toMatchObject({
      ok: false,
      status: 422,
    });
  });

  it('says an AI-domain record is in the contemporary lane', () => {
    const id = [...aiDomain][0];
    const answer = whereItRanks(caseBase, { measure: 'ai-crisis-hotline' }, id);
    expect(answer.ok && answer.explanation.lane).toBe('contemporary');
  });
});

describe('bad requests', () => {
  it.each([
    [{ measure: 'ai-crisis-hotline', era: 'bronze-age' }, 'era'],
    [{ measure: 'ai-crisis-hotline', from: 1980, to: 1970 }, 'from'],
  ])('%j is refused at %s', (request, field) => {
    const result = match(caseBase, request as MatchRequest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path[0])).toContain(field);
  });
});
