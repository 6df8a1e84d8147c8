import { describe, expect, it } from 'vitest';
import type { MapFile, MapWords } from '../../../src/domain/graph-file.ts';
import { indexMap } from '../../../web/src/explorer/map-data.ts';
import { findRecord, findRecords } from '../../../web/src/explorer/find-record.ts';
import { mapInLanguage } from '../../../web/src/explorer/map-language.ts';
import { readUrl, writeUrl } from '../../../web/src/explorer/url-state.ts';
import { erasOf } from '../../../web/src/explorer/eras.ts';
import { litNow } from '../../../web/src/explorer/state.ts';
import { defaultFilters, visibleNodes } from '../../../web/src/explorer/visibility.ts';

/** A small map: a hotline and an inspection regime, a crisis that triggered the first, two states. */
const file: MapFile = {
  attributes: {
    datasetVersion: 'test',
    families: [
      { id: 'communication', label: 'Communication' },
      { id: 'transparency', label: 'Transparency' },
    ],
    domains: [
      { id: 'any', label: 'any' },
      { id: 'military', label: 'military', parent: 'any' },
      { id: 'nuclear', label: 'nuclear', parent: 'military' },
      { id: 'civil', label: 'civil', parent: 'any' },
    ],
    eras: [
      { id: 'cold-war', label: 'Cold War', from: 1947, to: 1991 },
      { id: 'post-cold-war', label: 'After the Cold War', from: 1992 },
    ],
    layout: { algorithm: 'ForceAtlas2', iterations: 1, settings: {}, edgeWeights: {} },
  },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'hotline-1963',
      attributes: {
        x: 0,
        y: 0,
        kind: 'mechanism',
        label: 'Hotline',
        name: 'Hotline Agreement',
        commonNames: ['the Hotline'],
        year: 1963,
        families: ['communication'],
        domain: 'nuclear',
      },
    },
    {
      key: 'inspections-1990',
      attributes: {
        x: 1,
        y: 0,
        kind: 'mechanism',
        label: 'Inspections',
        name: 'Inspection regime',
        year: 1990,
        families: ['transparency'],
        domain: 'civil',
      },
    },
    {
      key: 'ai-hotline',
      attributes: {
        x: 2,
        y: 0,
        kind: 'measure',
        label: 'AI hotline',
        name: 'AI incident hotline',
        families: ['communication'],
      },
    },
    {
      key: 'cuban-crisis-1962',
      attributes: {
        x: 0,
        y: 1,
        kind: 'event',
        label: 'Cuban crisis',
        name: 'Cuban Missile Crisis',
        commonNames: ['Caribbean Crisis'],
        year: 1962,
        families: [],
      },
    },
    {
      key: 'us',
      attributes: { x: 1, y: 1, kind: 'actor', label: 'USA', name: 'United States', families: [], actorType: 'state' },
    },
    {
      key: 'ch',
      attributes: {
        x: 2,
        y: 1,
        kind: 'actor',
        label: 'Switzerland',
        name: 'Switzerland',
        families: [],
        actorType: 'state',
      },
    },
  ],
  edges: [
    { key: 'a', source: 'hotline-1963', target: 'cuban-crisis-1962', attributes: { type: 'triggeredBy' } },
    { key: 'b', source: 'us', target: 'hotline-1963', attributes: { type: 'partyTo' } },
    { key: 'c', source: 'ch', target: 'inspections-1990', attributes: { type: 'partyTo' } },
  ],
};
const index = indexMap(file);
const all = defaultFilters(index);
/** Every kind, undated records kept: nothing filtered out. */
const everything = { ...all, kinds: new Set(index.kinds), keepUndated: true };
const sorted = (s: Set<string>) => [...s].sort();

describe('which records the explorer shows', () => {
  it('shows everything when nothing is filtered', () => {
    expect(visibleNodes(index, everything).size).toBe(6);
  });

  it('hides the states and organisations at first, which one tick brings back', () => {
    const shown = ['ai-hotline', 'cuban-crisis-1962', 'hotline-1963', 'inspections-1990'];
    expect(sorted(visibleNodes(index, all))).toEqual(shown);
    expect(visibleNodes(index, { ...all, kinds: new Set(index.kinds) }).has('us')).toBe(true);
  });

  it('drops undated records once an era is set, unless they are kept', () => {
    const era = { ...everything, keepUndated: false, from: 1980, to: 2000 };
    expect(sorted(visibleNodes(index, era))).toEqual(['ch', 'inspections-1990']);
    expect(visibleNodes(index, { ...everything, keepUndated: false }).has('ai-hotline')).toBe(true);
  });

  it.each([
    ['a family', { families: new Set(['communication']) }, ['ai-hotline', 'cuban-crisis-1962', 'hotline-1963', 'us']],
    [
      'a broad domain, which keeps narrower values',
      { domain: 'military' },
      ['cuban-crisis-1962', 'hotline-1963', 'us'],
    ],
    ['an era, which keeps undated records', { from: 1980, to: 2000 }, ['ai-hotline', 'ch', 'inspections-1990']],
    ['a kind', { kinds: new Set(['mechanism', 'actor'] as const) }, ['ch', 'hotline-1963', 'inspections-1990', 'us']],
  ])('narrows by %s, keeping actors only beside a record shown', (_name, change, expected) => {
    expect(sorted(visibleNodes(index, { ...everything, ...change } as typeof all))).toEqual(expected);
  });

  it('always shows the selected record', () => {
    expect(visibleNodes(index, { ...everything, from: 1980 }, 'hotline-1963').has('hotline-1963')).toBe(true);
  });
});

describe('the explorer in the address bar', () => {
  it('writes nothing for the default view and reads it back', () => {
    expect(writeUrl(index, { filters: all })).toBe('');
    expect(readUrl(index, all, '').filters).toEqual(all);
  });

  it('round-trips a selection and filters', () => {
    const state = {
      filters: { ...all, families: new Set(['transparency']), domain: 'civil', from: 1970 },
      selected: 'inspections-1990',
    };
    const url = writeUrl(index, state);
    expect(url).toBe('?node=inspections-1990&family=transparency&domain=civil&from=1970');
    expect(readUrl(index, all, url)).toEqual(state);
  });

  it('reads a record named by `select`, undated records kept, and writes them back', () => {
    const state = readUrl(index, all, '?select=hotline-1963&undated=1&kind=mechanism,measure,event,actor,technology');
    expect(state.selected).toBe('hotline-1963');
    expect(state.filters.keepUndated).toBe(true);
    expect(state.filters.kinds.has('actor')).toBe(true);
    expect(writeUrl(index, state)).toBe('?node=hotline-1963&kind=mechanism%2Cmeasure%2Cevent%2Cactor&undated=1');
  });

  it('lights the family a workbench result names, only while its record stays selected', () => {
    const state = readUrl(index, all, '?select=hotline-1963&lit=ai-hotline,nope');
    expect(state.lit).toEqual({ for: 'hotline-1963', ids: new Set(['ai-hotline']) });
    expect(litNow(state)).toEqual(new Set(['ai-hotline']));
    expect(writeUrl(index, state)).toBe('?node=hotline-1963&lit=ai-hotline');
    const moved = { ...state, selected: 'us' };
    expect(litNow(moved)).toBeUndefined();
    expect(writeUrl(index, moved)).toBe('?node=us');
    expect(readUrl(index, all, '?lit=ai-hotline').lit).toBeUndefined();
  });

  it('ignores values it does not know', () => {
    const state = readUrl(index, all, '?node=nope&family=nope&domain=nope&from=abc');
    expect(state.selected).toBeUndefined();
    expect(state.filters.families.size).toBe(0);
    expect(state.filters.domain).toBeUndefined();
    expect(state.filters.from).toBe(all.from);
  });
});

describe('the era presets', () => {
  it("are the codebook's eras, with their years, after all years", () => {
    expect(erasOf(file.attributes).map((e) => [e.id, e.label, e.from, e.to])).toEqual([
      ['all', 'All years', undefined, undefined],
      ['cold-war', 'Cold War (1947–1991)', 1947, 1991],
      ['post-cold-war', 'After the Cold War (1992–)', 1992, undefined],
    ]);
  });
});

describe('the explorer search', () => {
  it('lists several matches to choose from, best first', () => {
    expect(findRecords(index, 'hotline')).toEqual(['hotline-1963', 'ai-hotline']);
  });

  it.each([
    ['Hotline Agreement', 'hotline-1963'],
    ['usa', 'us'],
    ['hotline', 'hotline-1963'],
    ['ai hot', 'ai-hotline'],
    ['the Hotline', 'hotline-1963'],
    ['Caribbean crisis', 'cuban-crisis-1962'],
    ['Cuban missle crisis', 'cuban-crisis-1962'],
    ['Inspection regim', 'inspections-1990'],
    ['nothing like this', undefined],
  ])('finds %s', (query, expected) => {
    expect(findRecord(index, query)).toBe(expected);
  });
});

describe('the map in Chinese', () => {
  const words: MapWords = {
    nodes: { 'hotline-1963': { label: '热线协定（1963年）', name: '关于建立直接通信线路的谅解备忘录' } },
    families: { communication: '沟通与通报' },
    domains: {},
  };
  const zh = mapInLanguage(file, words);
  const zhIndex = indexMap(zh);
  const node = (f: MapFile, key: string) => f.nodes.find((n) => n.key === key)!.attributes;

  it('labels and names a record by its Chinese, and a record without Chinese by its English', () => {
    expect(node(zh, 'hotline-1963')).toMatchObject({
      label: '热线协定（1963年）',
      name: '关于建立直接通信线路的谅解备忘录',
    });
    expect(node(zh, 'inspections-1990')).toMatchObject({ label: 'Inspections', name: 'Inspection regime' });
    expect(zh.attributes.families.map((f) => f.label)).toEqual(['沟通与通报', 'Transparency']);
    expect(mapInLanguage(file, undefined)).toBe(file);
  });

  it('finds a record by Chinese words inside its name, and still by its English names', () => {
    expect(findRecords(zhIndex, '热线')).toEqual(['hotline-1963']);
    expect(findRecord(zhIndex, '直接通信线路')).toBe('hotline-1963');
    expect(findRecord(zhIndex, 'the Hotline')).toBe('hotline-1963');
    expect(findRecord(zhIndex, 'Hotline Agreement')).toBe('hotline-1963');
    expect(findRecord(zhIndex, '海上事件')).toBeUndefined();
  });
});
