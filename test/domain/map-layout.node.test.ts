import { describe, expect, it } from 'vitest';
import caseBase from '../../src/generated/casebase.js';
import { mapKinds } from '../../src/domain/graph-file.ts';
import { layoutMap, mapWordsInChinese } from '../../src/domain/map-layout.ts';

describe('the build-time layout of the explorer', () => {
  const first = layoutMap(caseBase);

  it('gives the same bytes for the same dataset', () => {
    expect(JSON.stringify(layoutMap(caseBase))).toBe(JSON.stringify(first));
  });

  it('places every record of the mapped kinds at a finite position, and no other', () => {
    const drawn = new Set<string>(mapKinds);
    expect(first.nodes.length).toBe(caseBase.records.filter((r) => drawn.has(r.kind)).length);
    for (const { attributes } of first.nodes) {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(drawn.has(attributes.kind)).toBe(true);
    }
    expect(first.attributes.datasetVersion).toBe(caseBase.datasetVersion);
  });

  it('keeps only edges between drawn records, each typed', () => {
    const ids = new Set(first.nodes.map((n) => n.key));
    for (const edge of first.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.attributes.type).toMatch(/^[a-zA-Z]+$/);
    }
  });

  it('spreads the map out rather than piling records on one point', () => {
    const xs = first.nodes.map((n) => n.attributes.x);
    const ys = first.nodes.map((n) => n.attributes.y);
    const spread = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const distinct = new Set(first.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(spread).toBeGreaterThan(10);
    expect(distinct.size).toBe(first.nodes.length);
  });
});

describe("the map's words in Chinese (graph-zh.json)", () => {
  const words = mapWordsInChinese(caseBase);
  const map = layoutMap(caseBase);

  it('names every drawn record that has Chinese, by its Chinese short name and name, and nothing else', () => {
    const drawn = new Set(map.nodes.map((n) => n.key));
    expect(Object.keys(words.nodes).filter((id) => !drawn.has(id))).toEqual([]);
    for (const r of caseBase.records)
      if (drawn.has(r.id) && r.kind !== 'verdict' && r.zh)
        expect(words.nodes[r.id]).toEqual({ label: r.zh.shortName ?? r.zh.name, name: r.zh.name });
    expect(Object.keys(words.nodes).length).toBe(map.nodes.length);
  });

  it('gives the function families and the domains their Chinese labels', () => {
    expect(Object.keys(words.families).sort()).toEqual(map.attributes.families.map((f) => f.id).sort());
    expect(Object.values(words.domains).every((label) => /\p{Script=Han}/u.test(label))).toBe(true);
    expect(Object.keys(words.domains).length).toBeGreaterThan(5);
  });
});
