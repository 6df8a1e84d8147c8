/**
 * The workbench's words for what the engine returns: relations read as phrases (never `modelledOn` or
 * `partOf`), a year added to a name only when the name does not already carry it, the explorer address
 * of "Show on map", and the file name of a download.
 */
import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  mapHref,
  readRelation,
  relationWords,
  withYear,
} from '../../../web/src/compare/result-words.ts';

describe('the words of a ranked result', () => {
  it('reads relations as phrases, never as their codes', () => {
    expect(relationWords('modelledOn')).toBe('modelled on');
    expect(relationWords('succeeds', 'incoming')).toBe('succeeded by');
    expect(relationWords('partOf Record X (1990)')).toBe('part of Record X (1990)');
    expect(relationWords('succeeds Record Y (1963)')).toBe('succeeds Record Y (1963)');
    expect(relationWords('founding record')).toBe('founding record');
  });

  it('reads a family relation into its type, direction and other end, for another language to say', () => {
    expect(readRelation('succeeds Record Y (1963)')).toEqual({
      type: 'succeeds',
      towards: 'outgoing',
      rest: 'Record Y (1963)',
    });
    expect(readRelation('amended by Record Z (1994)')).toEqual({
      type: 'amends',
      towards: 'incoming',
      rest: 'Record Z (1994)',
    });
    expect(readRelation('has as a part Annex')).toEqual({ type: 'partOf', towards: 'incoming', rest: 'Annex' });
    expect(readRelation('modelledOn')).toEqual({ type: 'modelledOn', towards: 'outgoing', rest: '' });
    expect(readRelation('founding record')).toBeUndefined();
  });

  it('adds the year only where the name lacks it', () => {
    expect(withYear('Hotline Agreement (1963)', 1963)).toBe('Hotline Agreement (1963)');
    expect(withYear('INCSEA', 1972)).toBe('INCSEA (1972)');
    expect(withYear('INCSEA', undefined)).toBe('INCSEA');
  });

  it('shows a result on the map with its lineage family lit', () => {
    const family = { id: 'a', name: 'A', members: [{ id: 'b', name: 'B', relation: 'succeeds A', score: 0.5 }] };
    expect(mapHref({ id: 'a', family })).toBe('/?select=a&lit=b');
    expect(mapHref({ id: 'a', family: { ...family, members: [] } })).toBe('/?select=a');
  });

  it('names a download after the question', () => {
    expect(exportFileName('“AI crisis hotline”', 'csv')).toBe('precedents-ai-crisis-hotline.csv');
    expect(exportFileName('“关于人工智能的热线”', 'ris')).toBe('precedents-关于人工智能的热线.ris');
    expect(exportFileName('“…”', 'bib')).toBe('precedents-ranking.bib');
  });
});
