/**
 * The dataset version is a content hash of the compiled case-base: the same cases give the same
 * version on every machine, and any change to a fact, a coding or the codebook gives a new one.
 */
import { createHash } from 'node:crypto';
import type { CompiledCaseBase } from '../domain/schema.ts';
import type { UnversionedCaseBase } from './compile.ts';

/** JSON with object keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash covers the content only: the release notes name versions, so they cannot be part of one. */
export function datasetVersionOf(caseBase: UnversionedCaseBase): string {
  const { releases: _releases, ...content } = caseBase;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

export function withDatasetVersion(caseBase: UnversionedCaseBase): CompiledCaseBase {
  return { datasetVersion: datasetVersionOf(caseBase), ...caseBase };
}
