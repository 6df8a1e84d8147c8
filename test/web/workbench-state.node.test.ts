import { describe, expect, it } from 'vitest';
import caseBase from '../../src/generated/casebase.js';
import { emptyState, matchRequest, readState, writeState } from '../../web/src/compare/state.ts';

const { codebook } = caseBase;

describe('the workbench in the address bar', () => {
  it('opens a measure or words directly', () => {
    expect(readState('?measure=ai-incident-communication', codebook)).toEqual({ ...emptyState(), measure: 'ai-incident-communication' });
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

  it('drops what the codebook does not know, rather than sending it to the engine', () => {
    const state = readState('?w.nope=2&w.track=-1&f.function=nope&f.track=9&f.reciprocal=maybe&limit=500', codebook);
    expect(state.weights).toEqual({});
    expect(state.features).toEqual({});
    expect(state.limit).toBe(10);
  });

  it('asks the engine nothing until there is a question', () => {
    expect(matchRequest(emptyState())).toBeUndefined();
    expect(matchRequest({ ...emptyState(), text: 'hotline', weights: { track: 2 } })).toEqual({ text: 'hotline', weights: { track: 2 }, limit: 10 });
  });
});
