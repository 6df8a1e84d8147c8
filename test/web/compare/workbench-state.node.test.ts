import { describe, expect, it } from 'vitest';
import caseBase from '../../../src/generated/casebase.js';
import { parsePermalink, permalinkSearch, type PermalinkQuery } from '../../../src/domain/permalink.ts';
import {
  emptyState,
  isPermalinkSearch,
  matchRequest,
  readState,
  stateFromPermalink,
  writeState,
} from '../../../web/src/compare/state.ts';

const { codebook } = caseBase;

describe('the workbench in the address bar', () => {
  it('opens a measure or words directly', () => {
    expect(readState('?measure=ai-incident-communication', codebook)).toEqual({
      ...emptyState(),
      measure: 'ai-incident-communication',
    });
    expect(readState('?text=a+hotline+for+AI', codebook)).toEqual({ ...emptyState(), text: 'a hotline for AI' });
  });

  it('round-trips weights, features, a preset and a pair', () => {
    const state = {
      ...emptyState(),
      measure: 'ai-incident-communication',
      preset: codebook.presets[0].id,
      weights: { function: 2.5, track: 0 },
      features: { function: ['communication-link', 'notification'], reciprocal: false },
      a: 'ai-incident-communication',
      b: 'us-ussr-hotline-mou-1963',
      limit: 20,
    };
    expect(readState(writeState(state, codebook), codebook)).toEqual(state);
  });

  it('round-trips the grouping and the period, and asks the engine and a permalink for them', () => {
    const state = {
      ...emptyState(),
      measure: 'ai-crisis-hotline',
      group: 'none' as const,
      era: 'cold-war',
      from: 1950,
      to: 1980,
    };
    expect(readState(writeState(state, codebook), codebook)).toEqual(state);
    const request = matchRequest(state)!;
    expect(request).toMatchObject({ group: 'none', era: 'cold-war', from: 1950, to: 1980 });
    const parsed = parsePermalink(
      permalinkSearch({ query: request, datasetVersion: '0123456789ab', engineVersion: '2.0.0' }),
    );
    expect(parsed.ok && parsed.permalink.query).toMatchObject({ group: 'none', era: 'cold-war', from: 1950, to: 1980 });
    expect(readState('?era=bronze-age&from=12&group=flat', codebook)).toEqual(emptyState());
  });

  it('drops what the codebook does not know, rather than sending it to the engine', () => {
    const state = readState('?w.nope=2&w.track=-1&f.function=nope&f.track=9&f.reciprocal=maybe&limit=500', codebook);
    expect(state.weights).toEqual({});
    expect(state.features).toEqual({});
    expect(state.limit).toBe(10);
  });

  it('asks the engine nothing until there is a question', () => {
    expect(matchRequest(emptyState())).toBeUndefined();
    expect(matchRequest({ ...emptyState(), text: 'hotline', weights: { track: 2 } })).toEqual({
      text: 'hotline',
      weights: { track: 2 },
      limit: 10,
    });
  });
});

describe('the workbench and permalinks', () => {
  const versions = { datasetVersion: '0123456789ab', engineVersion: '1.0.0' };

  it('tells a permalink address from its own by the keys alone', () => {
    expect(isPermalinkSearch('?m=ai-crisis-hotline&s=1&v=0123456789ab&e=1.0.0')).toBe(true);
    expect(isPermalinkSearch('?v=0123456789ab')).toBe(true);
    expect(isPermalinkSearch('?measure=ai-crisis-hotline&w.track=2&f.track=1.5&a=x&b=y&seed=3')).toBe(false);
    expect(isPermalinkSearch('')).toBe(false);
  });

  it('pins exactly what the view asked: a permalink read into the workbench asks the same question again', () => {
    const queries: PermalinkQuery[] = [
      { measure: 'ai-incident-communication', preset: 'function', limit: 10, seed: 1 },
      {
        text: 'a hotline for AI incidents',
        weights: { function: 2.5, track: 0 },
        limit: 20,
        seed: 7,
        runs: 50,
        textWeight: 0.5,
        includeMeasures: true,
      },
      { features: { function: ['communication-link'], reciprocal: false }, limit: 5, seed: 1 },
    ];
    for (const query of queries) {
      const permalink = { query, ...versions };
      const state = stateFromPermalink(permalink, codebook);
      const again = matchRequest(state)!;
      expect(permalinkSearch({ query: again, ...versions })).toBe(permalinkSearch(permalink));
      // And the workbench's own address keeps the engine's options.
      expect(matchRequest(readState(writeState(state, codebook), codebook))).toEqual(again);
    }
  });

  it('leaves out of the controls what the codebook does not know', () => {
    const parsed = parsePermalink(
      '?f={"nope":"x","track":"9","reciprocal":true}&w={"nope":2,"track":3}&s=1&v=0123456789ab&e=1.0.0',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const state = stateFromPermalink(parsed.permalink, codebook);
    expect(state.features).toEqual({ reciprocal: true });
    expect(state.weights).toEqual({ track: 3 });
    expect(state.seed).toBeUndefined();
  });
});
