/**
 * Build step: writes the explorer's map, laid out by src/domain/map-layout.ts, to web/public/graph.json, and
 * its words in Chinese to web/public/graph-zh.json (read only by the Chinese explorer). Generated; never
 * edited by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import caseBase from '../src/generated/casebase.js';
import { iterations, layoutMap, mapWordsInChinese } from '../src/domain/map-layout.ts';

const map = layoutMap(caseBase);
mkdirSync('web/public', { recursive: true });
writeFileSync('web/public/graph.json', JSON.stringify(map));
writeFileSync('web/public/graph-zh.json', JSON.stringify(mapWordsInChinese(caseBase)));
console.log(
  `laid out ${map.nodes.length} nodes and ${map.edges.length} edges (ForceAtlas2, ${iterations} iterations) → web/public/graph.json`,
);
