/**
 * What the case-base holds and where its coding is thin: counts by kind, function family, decade and
 * confidence; features left uncoded; records resting on low-confidence values. Printed by `cli stats`.
 */
import { indexCodebook } from './codebook-index.ts';
import { yearOf } from './catalogue.ts';
import type { CompiledCaseBase } from './schema.ts';

export interface CaseBaseStats {
  datasetVersion: string;
  byKind: Record<string, number>;
  /** Mechanisms per function family (a mechanism counts once in each family it touches). */
  byFunctionFamily: Record<string, number>;
  /** Mechanisms per decade of signature or start. */
  byDecade: Record<string, number>;
  /** Coded values of mechanisms and measures, by confidence (inherited technology traits excluded). */
  byConfidence: Record<string, number>;
  /** For each feature, the mechanisms and measures that leave it uncoded. */
  uncoded: { feature: string; mechanisms: number; measures: number }[];
  /** Records with at least one low-confidence value, and how many. */
  lowConfidence: { id: string; count: number }[];
}

const increment = (table: Record<string, number>, key: string) => {
  table[key] = (table[key] ?? 0) + 1;
};

export function caseBaseStats(caseBase: CompiledCaseBase): CaseBaseStats {
  const index = indexCodebook(caseBase.codebook);
  const families = new Map(index.byId.get('function')?.feature.values.map((v) => [v.id, v.family ?? 'other']) ?? []);
  const byKind: Record<string, number> = {};
  const byFunctionFamily: Record<string, number> = {};
  const byDecade: Record<string, number> = {};
  const byConfidence: Record<string, number> = { high: 0, medium: 0, low: 0 };
  const lowConfidence: CaseBaseStats['lowConfidence'] = [];
  const uncoded = index.features.map((f) => ({ feature: f.id, mechanisms: 0, measures: 0 }));
  for (const record of caseBase.records) {
    increment(byKind, record.kind);
    if (record.kind !== 'mechanism' && record.kind !== 'measure') continue;
    if (record.kind === 'mechanism') {
      const year = yearOf(record)!;
      increment(byDecade, `${Math.floor(year / 10) * 10}s`);
      const fn = record.coding.function?.value;
      if (Array.isArray(fn))
        for (const family of new Set(fn.map((v) => families.get(v) ?? 'other'))) increment(byFunctionFamily, family);
    }
    let low = 0;
    index.features.forEach((f, i) => {
      const value = record.coding[f.id];
      if (!value) {
        uncoded[i][record.kind === 'mechanism' ? 'mechanisms' : 'measures']++;
        return;
      }
      if (value.inheritedFrom) return;
      byConfidence[value.confidence]++;
      if (value.confidence === 'low') low++;
    });
    if (low > 0) lowConfidence.push({ id: record.id, count: low });
  }
  lowConfidence.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const sortedKeys = (t: Record<string, number>) =>
    Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));
  return {
    datasetVersion: caseBase.datasetVersion,
    byKind: sortedKeys(byKind),
    byFunctionFamily: sortedKeys(byFunctionFamily),
    byDecade: sortedKeys(byDecade),
    byConfidence,
    uncoded: uncoded.filter((u) => u.mechanisms + u.measures > 0),
    lowConfidence,
  };
}
