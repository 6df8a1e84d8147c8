/**
 * The case-base compiled for the engine, once per case-base (and so once per Worker isolate, which keeps
 * its case-base in module scope): every coded value as a small integer in a typed-array matrix, each
 * feature's distinct values in a dictionary (a set value counts as one entry), the confidence of every
 * cell, the lineage families and the historical lane. A query then compares its own value with each
 * dictionary entry once — a per-feature similarity table — and scoring every record is one tight loop of
 * table look-ups (src/domain/match/scoring.ts), which both robustness checks reuse.
 *
 * For the robustness over coding doubt, each dictionary entry also lists its neighbours: the values a
 * coder in doubt could as well have chosen, nearest under the feature type's own similarity.
 */
import { indexCodebook, type CodebookIndex, type FeatureIndex } from '../codebook-index.ts';
import { featureTypeDefinitions, type Value } from '../feature-types/index.ts';
import type { CodedRecord, CodedValue, CompiledCaseBase } from '../schema.ts';
import { confidenceFactor } from './compare-codings.ts';
import { lineageFamilies, type Lineage } from './families.ts';

/** Confidence levels as stored in the matrix: 0 high, 1 medium, 2 low. */
export const confidenceLevels: readonly CodedValue['confidence'][] = ['high', 'medium', 'low'];
export const levelOf: Record<CodedValue['confidence'], number> = { high: 0, medium: 1, low: 2 };

/** The domain value under which a record is about AI, and so in the contemporary lane, not a precedent. */
export const contemporaryDomain = 'artificial-intelligence';

export interface FeatureDictionary {
  values: Value[];
  /** Entries below this index are values of records, whose neighbours are listed; the rest are those neighbours. */
  used: number;
  /** neighbours[k]: entries a coder in doubt about entry k could as well have chosen. */
  neighbours: Int32Array[];
  lookup: Map<string, number>;
}

export interface CompiledIndex {
  index: CodebookIndex;
  records: CodedRecord[];
  /** Position of each record by id and by former id. */
  position: Map<string, number>;
  features: number;
  /** codes[r × features + f]: entry of record r's value in feature f's dictionary, or −1 where uncoded. */
  codes: Int32Array;
  /** Confidence factor of each cell (1 where uncoded). */
  trust: Float64Array;
  /** Confidence level of each cell (0 high, 1 medium, 2 low). */
  level: Uint8Array;
  dictionaries: FeatureDictionary[];
  lineage: Lineage;
  /** 1 where the record is about AI (its domain lies under artificial-intelligence). */
  contemporary: Uint8Array;
  /** Year of each record, NaN where it has none. */
  year: Float64Array;
  /** 1 where the record is a proposed measure, 0 for a mechanism. */
  isMeasure: Uint8Array;
  /** Position of each record's id in code-unit order: how ties are broken, without comparing strings. */
  idRank: Int32Array;
  /** Similarity rows already computed, per feature, by the query value's key (see similarityRow). */
  rows: Map<string, Float64Array>[];
}

/** Rows kept per feature: a codebook's values make a few hundred distinct queries per feature at most. */
const maxCachedRows = 2048;

/** The neighbours of a query value, as dictionary values: listed already when a record has that value. */
export function queryNeighbours(ix: CompiledIndex, f: number, value: Value): Value[] {
  const d = ix.dictionaries[f];
  const k = d.lookup.get(key(value));
  if (k !== undefined && k < d.used) return Array.from(d.neighbours[k], (n) => d.values[n]);
  return neighbourValues(ix.index.byId.get(ix.index.features[f].id)!, value);
}

/**
 * The similarity of one query value to every entry of a feature's dictionary: the per-feature table a
 * query scores with. Computed once per value and kept with the index, so the same question asked again
 * (or a measure's values, asked by every request about it) costs a look-up.
 */
export function similarityRow(ix: CompiledIndex, f: number, value: Value): Float64Array {
  const cache = ix.rows[f];
  const k = key(value);
  let row = cache.get(k);
  if (!row) {
    const feature = ix.index.byId.get(ix.index.features[f].id)!;
    const type = featureTypeDefinitions[feature.feature.type];
    row = Float64Array.from(ix.dictionaries[f].values, (entry) => type.similarity(feature, value, entry));
    if (cache.size >= maxCachedRows) cache.clear();
    cache.set(k, row);
  }
  return row;
}

const key = (value: Value) => JSON.stringify(value);

/** At most this many neighbours per value: enough to move a value, few enough to keep the tables small. */
export const maxNeighbours = 8;

/**
 * The values nearest to `value` under the feature's similarity (ties in codebook order), never the value
 * itself, and only values with a positive similarity: where the codebook relates nothing to a value (a
 * categorical value with no related pair), there is no neighbour to move to, and doubt cannot move it.
 * A boolean flips.
 */
export function neighbourValues(feature: FeatureIndex, value: Value): Value[] {
  const type = featureTypeDefinitions[feature.feature.type];
  if (feature.feature.type === 'boolean') return [!(value as boolean)];
  const ids = feature.feature.values.map((v) => v.id);
  const nearest = (id: string): string[] => {
    let best = -1;
    let found: string[] = [];
    for (const other of ids) {
      if (other === id) continue;
      const s =
        feature.feature.type === 'set' ? type.similarity(feature, [id], [other]) : type.similarity(feature, id, other);
      if (s <= 0) continue;
      if (s > best + 1e-12) {
        best = s;
        found = [other];
      } else if (Math.abs(s - best) <= 1e-12) found.push(other);
    }
    return found.slice(0, maxNeighbours);
  };
  if (feature.feature.type !== 'set') return nearest(value as string);
  // A set moves one member at a time to a neighbour of that member.
  const members = value as string[];
  const out = new Map<string, string[]>();
  for (const member of members)
    for (const other of nearest(member)) {
      const next = [...new Set(members.map((m) => (m === member ? other : m)))].sort(
        (a, b) => feature.position.get(a)! - feature.position.get(b)!,
      );
      out.set(next.join('\u0000'), next);
    }
  return [...out.values()].slice(0, maxNeighbours);
}

function compile(caseBase: CompiledCaseBase): CompiledIndex {
  const index = indexCodebook(caseBase.codebook);
  const records = caseBase.records.filter((r): r is CodedRecord => r.kind === 'mechanism' || r.kind === 'measure');
  const F = index.features.length;
  const N = records.length;
  const position = new Map<string, number>();
  records.forEach((r, i) => {
    position.set(r.id, i);
    for (const alias of r.aliases) if (!position.has(alias)) position.set(alias, i);
  });
  const dictionaries: FeatureDictionary[] = index.features.map(() => ({
    values: [],
    used: 0,
    neighbours: [],
    lookup: new Map(),
  }));
  const entry = (f: number, value: Value) => {
    const d = dictionaries[f];
    const k = key(value);
    let at = d.lookup.get(k);
    if (at === undefined) {
      at = d.values.length;
      d.values.push(value);
      d.lookup.set(k, at);
    }
    return at;
  };
  const codes = new Int32Array(N * F).fill(-1);
  const trust = new Float64Array(N * F).fill(1);
  const level = new Uint8Array(N * F);
  records.forEach((record, r) => {
    index.features.forEach((feature, f) => {
      const coded = record.coding[feature.id];
      if (!coded) return;
      codes[r * F + f] = entry(f, coded.value);
      trust[r * F + f] = confidenceFactor[coded.confidence];
      level[r * F + f] = levelOf[coded.confidence];
    });
  });
  // Neighbours of the values in use (added to the dictionary, so a re-coded cell is still one look-up).
  index.features.forEach((feature, f) => {
    const d = dictionaries[f];
    const used = d.values.length;
    d.used = used;
    for (let k = 0; k < used; k++) {
      const near = neighbourValues(index.byId.get(feature.id)!, d.values[k]).map((v) => entry(f, v));
      d.neighbours[k] = Int32Array.from(near);
    }
    for (let k = used; k < d.values.length; k++) d.neighbours[k] = new Int32Array(0);
  });
  const domain = index.byId.get('domain');
  const contemporary = Uint8Array.from(records, (r) => {
    const value = r.coding.domain?.value;
    return domain && typeof value === 'string' && (domain.ancestry.get(value) ?? []).includes(contemporaryDomain)
      ? 1
      : 0;
  });
  const year = Float64Array.from(records, (r) => r.year ?? NaN);
  const idRank = new Int32Array(N);
  [...records.keys()]
    .sort((a, b) => (records[a].id < records[b].id ? -1 : records[a].id > records[b].id ? 1 : 0))
    .forEach((r, rank) => (idRank[r] = rank));
  return {
    index,
    records,
    position,
    features: F,
    codes,
    trust,
    level,
    dictionaries,
    lineage: lineageFamilies(records),
    contemporary,
    year,
    isMeasure: Uint8Array.from(records, (r) => (r.kind === 'measure' ? 1 : 0)),
    idRank,
    rows: index.features.map(() => new Map()),
  };
}

const cache = new WeakMap<CompiledCaseBase, CompiledIndex>();

/** The compiled index of a case-base, built on first use and kept as long as the case-base is. */
export function compiledIndex(caseBase: CompiledCaseBase): CompiledIndex {
  let compiled = cache.get(caseBase);
  if (!compiled) {
    compiled = compile(caseBase);
    cache.set(caseBase, compiled);
  }
  return compiled;
}
