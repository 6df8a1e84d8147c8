/**
 * Lineage families: records that are one institution over time. A family is joined by `succeeds`
 * (the 1971 Hotline improvement succeeds the 1963 memorandum), `amends` and `partOf` (the Standing
 * Consultative Commission is part of the SALT I accords); a record with none of these is a family alone.
 *
 * `modelledOn` does not join a family: it links institutions that copied a design between other parties
 * or for another field (the UK–USSR and Canada–USSR INCSEA agreements on the US–USSR one; the Outer Space
 * Treaty on the Antarctic Treaty). Those are separate precedents — whether the copy worked is itself
 * evidence a scholar wants to see ranked — so they stay apart here and meet in the trajectory.
 */
import { withYear } from '../relations.ts';
import type { CodedRecord } from '../schema.ts';

export const familyRelations: ReadonlySet<string> = new Set(['succeeds', 'amends', 'partOf']);

export interface Family {
  /** The founding record's id: a member tied to no other (then the earliest, then the first id). */
  id: string;
  name: string;
  /** Positions of the members in the records given, in that order. */
  members: number[];
}

/** How each member is tied into its family, for the reader ("succeeds Hotline (1963)"). */
export interface Lineage {
  families: Family[];
  /** familyOf[i]: index into `families` of record i. */
  familyOf: Int32Array;
  relation: string[];
}

export function lineageFamilies(records: readonly CodedRecord[]): Lineage {
  const position = new Map(records.map((r, i) => [r.id, i]));
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const relation = records.map(() => '');
  const incoming = records.map(() => '');
  const inverse: Record<string, string> = { succeeds: 'succeeded by', amends: 'amended by', partOf: 'has as a part' };
  const named = (r: CodedRecord) => withYear(r.shortName, r.year);
  records.forEach((record, i) => {
    for (const r of record.relations) {
      const j = position.get(r.target);
      if (!familyRelations.has(r.type) || j === undefined) continue;
      parent[find(i)] = find(j);
      if (!relation[i]) relation[i] = `${r.type} ${named(records[j])}`;
      if (!incoming[j]) incoming[j] = `${inverse[r.type]} ${named(record)}`;
    }
  });
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  const familyOf = new Int32Array(records.length);
  const families: Family[] = [];
  for (const members of groups.values()) {
    // The founder points at no other member: the 1963 memorandum, not its 1971 successor (then the earliest, then the id).
    const founder = [...members].sort(
      (a, b) =>
        Number(relation[a] !== '') - Number(relation[b] !== '') ||
        (records[a].year ?? Infinity) - (records[b].year ?? Infinity) ||
        (records[a].id < records[b].id ? -1 : 1),
    )[0];
    for (const m of members) {
      familyOf[m] = families.length;
      if (!relation[m]) relation[m] = incoming[m] || 'founding record';
    }
    families.push({ id: records[founder].id, name: records[founder].shortName, members });
  }
  return { families, familyOf, relation };
}
