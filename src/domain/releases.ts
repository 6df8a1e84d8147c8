/**
 * Named releases and what changed between them. A writer cites a release ("Precedents 2026.12"); a reader
 * who holds an older citation asks what changed since, and gets the records added and retired and every
 * fact corrected, each with the source that settled it.
 */
import type { CompiledCaseBase, Correction, Release } from './schema.ts';

/** The release whose content is exactly this case-base, if it has been named. */
export function currentRelease(caseBase: Pick<CompiledCaseBase, 'releases' | 'datasetVersion'>): Release | undefined {
  return releaseOfVersion(caseBase, caseBase.datasetVersion);
}

export function releaseOfVersion(
  caseBase: Pick<CompiledCaseBase, 'releases'>,
  datasetVersion: string,
): Release | undefined {
  return caseBase.releases.find((r) => r.datasetVersion === datasetVersion);
}

export function releaseNamed(caseBase: Pick<CompiledCaseBase, 'releases'>, name: string): Release | undefined {
  return caseBase.releases.find((r) => r.name === name);
}

export interface RecordCorrection extends Correction {
  record: string;
}

export interface Changes {
  since: string;
  /** The releases after `since`, oldest first, up to the newest. */
  releases: Release[];
  added: string[];
  retired: Release['retired'];
  corrections: RecordCorrection[];
}

/** Everything the releases after `since` changed, in release order; undefined if no release has that name. */
export function changesSince(
  caseBase: Pick<CompiledCaseBase, 'releases' | 'records'>,
  since: string,
): Changes | undefined {
  const start = caseBase.releases.findIndex((r) => r.name === since);
  if (start < 0) return undefined;
  const later = caseBase.releases.slice(start + 1);
  const names = new Set(later.map((r) => r.name));
  const order = new Map(later.map((r, i) => [r.name, i]));
  const corrections = caseBase.records
    .flatMap((record) => ('corrections' in record ? record.corrections.map((c) => ({ record: record.id, ...c })) : []))
    .filter((c) => names.has(c.release))
    .sort(
      (a, b) =>
        order.get(a.release)! - order.get(b.release)! ||
        a.record.localeCompare(b.record) ||
        a.field.localeCompare(b.field),
    );
  return {
    since,
    releases: later,
    added: later.flatMap((r) => r.added),
    retired: later.flatMap((r) => r.retired),
    corrections,
  };
}
