/**
 * Build step: writes the explorer's map, laid out by src/domain/map-layout.ts, to web/public/graph.json.
 * Generated; never edited by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import caseBase from '../src/generated/casebase.js';
import { iterations, layoutMap } from '../src/domain/map-layout.ts';

const map = layoutMap(caseBase);
mkdirSync('web/public', { recursive: true });
writeFileSync('web/public/graph.json', JSON.stringify(map));
console.log(
  `laid out ${map.nodes.length} nodes and ${map.edges.length} edges (ForceAtlas2, ${iterations} iterations) → web/public/graph.json`,
);
