/**
 * Browsing the case-base: the filters of the records list (kind, function, domain, years, words) and
 * pagination. Pure; the API and the CLI hand it their validated parameters.
 */
import { indexCodebook } from './codebook-index.ts';
import { chineseOf } from './i18n/record-names.ts';
import type { CaseRecord, CompiledCaseBase, RecordKind } from './schema.ts';

/** The longest search text (`q`) the catalogue takes: longer is a mistake or an attack, not a search. */
export const maxSearchLength = 200;

export interface CatalogueQuery {
  kind?: RecordKind;
  /** A value of the `function` feature, or one of its families (e.g. `communication`). */
  function?: string;
  /** A value of the `domain` taxonomy; narrower values match too. */
  domain?: string;
  from?: number;
  to?: number;
  /** Words that must all occur in the id, name, short name or summary (case-insensitive). */
  q?: string;
  limit: number;
  offset: number;
}

/** A record in a list: enough to show a row and link to the record. */
export interface RecordSummary {
  id: string;
  kind: RecordKind;
  name: string;
  shortName?: string;
  /** Its Chinese name and short name, where it has them (issue #12): the workbench names records by them. */
  zh?: { name: string; shortName?: string };
  year?: number;
  status?: string;
  parties?: string[];
  function?: string[];
  domain?: string;
}

export function yearOf(record: CaseRecord): number | undefined {
  if (record.kind === 'technology') return record.fromYear;
  return 'year' in record ? record.year : undefined;
}

export function summarize(record: CaseRecord): RecordSummary {
  const coding = 'coding' in record ? record.coding : undefined;
  const functions = coding?.function?.value;
  const domain = coding?.domain?.value;
  const zh = chineseOf(record);
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    ...(record.shortName !== undefined ? { shortName: record.shortName } : {}),
    ...(zh ? { zh: { name: zh.name, ...(zh.shortName !== undefined ? { shortName: zh.shortName } : {}) } } : {}),
    ...(yearOf(record) !== undefined ? { year: yearOf(record) } : {}),
    ...('status' in record ? { status: record.status } : {}),
    ...('parties' in record ? { parties: record.parties } : {}),
    ...(Array.isArray(functions) ? { function: functions } : {}),
    ...(typeof domain === 'string' ? { domain } : {}),
  };
}

/** Values of the `function` feature that a filter term stands for (a value, or every value of a family). */
export function functionValuesFor(caseBase: CompiledCaseBase, term: string): string[] | undefined {
  const feature = indexCodebook(caseBase.codebook).byId.get('function')?.feature;
  if (!feature) return undefined;
  if (feature.values.some((v) => v.id === term)) return [term];
  if (feature.families.some((f) => f.id === term))
    return feature.values.filter((v) => v.family === term).map((v) => v.id);
  return undefined;
}

/** The filter terms the catalogue accepts, for validation messages and the API contract. */
export function catalogueVocabulary(caseBase: CompiledCaseBase): { functions: string[]; domains: string[] } {
  const index = indexCodebook(caseBase.codebook);
  const fn = index.byId.get('function')?.feature;
  const domain = index.byId.get('domain')?.feature;
  return {
    functions: [...(fn?.values.map((v) => v.id) ?? []), ...(fn?.families.map((f) => f.id) ?? [])],
    domains: domain?.values.map((v) => v.id) ?? [],
  };
}

export function browse(caseBase: CompiledCaseBase, query: CatalogueQuery): { total: number; records: RecordSummary[] } {
  const index = indexCodebook(caseBase.codebook);
  const functions =
    query.function !== undefined ? new Set(functionValuesFor(caseBase, query.function) ?? []) : undefined;
  const words = query.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const matches = caseBase.records.filter((record) => {
    if (query.kind !== undefined && record.kind !== query.kind) return false;
    const coding = 'coding' in record ? record.coding : undefined;
    if (functions !== undefined) {
      const values = coding?.function?.value;
      if (!Array.isArray(values) || !values.some((v) => functions.has(v))) return false;
    }
    if (query.domain !== undefined) {
      const value = coding?.domain?.value;
      if (typeof value !== 'string' || !index.byId.get('domain')?.ancestry.get(value)?.includes(query.domain))
        return false;
    }
    const year = yearOf(record);
    if (query.from !== undefined && (year === undefined || year < query.from)) return false;
    if (query.to !== undefined && (year === undefined || year > query.to)) return false;
    if (words.length > 0) {
      const text = [record.id, record.name, record.shortName ?? '', 'summary' in record ? record.summary : '']
        .join(' ')
        .toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  return { total: matches.length, records: matches.slice(query.offset, query.offset + query.limit).map(summarize) };
}
