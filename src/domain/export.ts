/**
 * The case-base as data for other tools: JSON with the codebook, or CSV with one row per record and one
 * column per codebook feature (sets joined by "; "), written by a CSV library rather than by hand. Published
 * verdicts are rows like any record, with their measure, mechanism and stance in columns of their own.
 */
import Papa from 'papaparse';
import { publisherName } from './publishers.ts';
import type { CaseRecord, CompiledCaseBase } from './schema.ts';

export function exportJson(caseBase: CompiledCaseBase) {
  return {
    datasetVersion: caseBase.datasetVersion,
    codebook: caseBase.codebook,
    publishers: caseBase.publishers.map(({ id, name, kind, hosts }) => ({ id, name, kind, hosts })),
    records: caseBase.records,
  };
}

const field = <K extends string>(record: CaseRecord, key: K): unknown =>
  key in record ? (record as Record<K, unknown>)[key] : undefined;

/** Fields copied as they are, in this order, where a record has them (lists joined by "; "). */
const plainColumns = ['shortName', 'year', 'inForceYear', 'status', 'endYear', 'parties', 'legalForm'] as const;
/** A published verdict's own fields, after the codebook's columns. */
const verdictColumns = ['measure', 'mechanism', 'stance'] as const;

export function exportCsv(caseBase: CompiledCaseBase): string {
  const features = caseBase.codebook.features.map((f) => f.id);
  const header = [
    ...['id', 'kind', 'name'],
    ...plainColumns,
    ...['summary', 'sources'],
    ...features,
    ...verdictColumns,
    'datasetVersion',
  ];
  const rows = caseBase.records.map((record) => {
    const coding = 'coding' in record ? record.coding : {};
    const sources =
      'sources' in record
        ? record.sources.map((s) => [s.title, publisherName(caseBase, s), s.issued, s.url].filter(Boolean).join(', '))
        : [];
    const list = (v: unknown) => (Array.isArray(v) ? v.join('; ') : v === undefined ? '' : String(v));
    return [
      record.id,
      record.kind,
      record.name,
      ...plainColumns.map((key) => list(field(record, key))),
      // A verdict's claim stands in its summary column; its measure, mechanism and stance get their own.
      list(field(record, 'summary') ?? field(record, 'claim')),
      sources.join(' | '),
      ...features.map((id) => list(coding[id]?.value)),
      ...verdictColumns.map((key) => list(field(record, key))),
      caseBase.datasetVersion,
    ];
  });
  return Papa.unparse({ fields: header, data: rows }, { newline: '\n' });
}
