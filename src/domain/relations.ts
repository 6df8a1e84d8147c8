/**
 * Relations read from both ends. A case file writes each relation once, on the record it starts from
 * ("INCSEA is modelled on nothing; the UK agreement is modelled on INCSEA"); a reader of INCSEA's page
 * must still learn that it was the model for the UK agreement. So every relation has a phrase for each
 * direction, and the incoming relations of a record are found here rather than stored twice.
 */
import type { CompiledCaseBase, RelationType } from './schema.ts';

/** A name with its year, unless the name already says it ("Hotline Agreement (1963)"): never the year twice. */
export const withYear = (name: string, year: number | undefined): string =>
  year === undefined || name.includes(String(year)) ? name : `${name} (${year})`;

export const relationPhrases: Record<RelationType, { outgoing: string; incoming: string }> = {
  succeeds: { outgoing: 'Succeeds', incoming: 'Succeeded by' },
  amends: { outgoing: 'Amends', incoming: 'Amended by' },
  modelledOn: { outgoing: 'Modelled on', incoming: 'Model for' },
  partOf: { outgoing: 'Part of', incoming: 'Includes' },
  triggeredBy: { outgoing: 'Triggered by', incoming: 'Led to' },
  testedBy: { outgoing: 'Tested by', incoming: 'Tested' },
  establishes: { outgoing: 'Establishes', incoming: 'Established by' },
  implementedBy: { outgoing: 'Implemented by', incoming: 'Implements' },
};

export interface IncomingRelation {
  type: RelationType;
  /** The record the relation is written on. */
  from: string;
  label: string;
  note?: string;
}

const incomingIndexes = new WeakMap<CompiledCaseBase, Map<string, IncomingRelation[]>>();

/** The relations other records write towards `id`, in the order of their records' ids. */
export function incomingRelations(caseBase: CompiledCaseBase, id: string): IncomingRelation[] {
  let index = incomingIndexes.get(caseBase);
  if (!index) {
    index = new Map();
    for (const record of caseBase.records) {
      if (!('relations' in record)) continue;
      for (const relation of record.relations) {
        const list = index.get(relation.target) ?? [];
        list.push({
          type: relation.type,
          from: record.id,
          label: relationPhrases[relation.type].incoming,
          ...(relation.note !== undefined ? { note: relation.note } : {}),
        });
        index.set(relation.target, list);
      }
    }
    incomingIndexes.set(caseBase, index);
  }
  return index.get(id) ?? [];
}
