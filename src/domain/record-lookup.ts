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

export function lookUpRecord(caseBase: CompiledCaseBase, id: string): RecordLookup | undefined {
  const record = caseBase.records.find((r) => r.id === id);
  if (record) return { record, formerId: false };
  const renamed = caseBase.records.find((r) => 'aliases' in r && r.aliases.includes(id));
  return renamed ? { record: renamed, formerId: true } : undefined;
}
