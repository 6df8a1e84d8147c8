/**
 * Finding a record by the id a reader has: its current id, or a former one (`aliases`). Ids are cited,
 * so a record whose id had to change keeps answering to the old one; every route, page and CLI command
 * looks records up here, so none of them forgets the former ids.
 */
import type { CaseRecord, CompiledCaseBase } from './schema.ts';

export interface RecordLookup {
  record: CaseRecord;
  /** The id asked for is a former id of `record`: addresses redirect to `record.id`, which is the one to cite. */
  formerId: boolean;
}

interface Index {
  byId: Map<string, CaseRecord>;
  byFormerId: Map<string, CaseRecord>;
}

// Built once per case-base: pages and routes look records up on every request.
const indexes = new WeakMap<CompiledCaseBase, Index>();

function indexOf(caseBase: CompiledCaseBase): Index {
  let index = indexes.get(caseBase);
  if (!index) {
    index = { byId: new Map(caseBase.records.map((r) => [r.id, r])), byFormerId: new Map() };
    for (const r of caseBase.records) if ('aliases' in r) for (const alias of r.aliases) index.byFormerId.set(alias, r);
    indexes.set(caseBase, index);
  }
  return index;
}

export function lookUpRecord(caseBase: CompiledCaseBase, id: string): RecordLookup | undefined {
  const { byId, byFormerId } = indexOf(caseBase);
  const record = byId.get(id);
  if (record) return { record, formerId: false };
  const renamed = byFormerId.get(id);
  return renamed ? { record: renamed, formerId: true } : undefined;
}

/** A record's name for a link or a sentence (its short name where `short`); the id itself if no record has it. */
export function nameOfRecord(caseBase: CompiledCaseBase, id: string, short = false): string {
  const record = indexOf(caseBase).byId.get(id);
  if (!record) return id;
  return short && 'shortName' in record && record.shortName ? record.shortName : record.name;
}
