/**
 * The dataset version is a content hash of the compiled case-base: the same cases give the same
 * version on every machine, and any change to a fact, a coding or the codebook gives a new one.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import type { UnversionedCaseBase } from './compile.ts';

/** The hash covers the content only: the release notes name versions, so they cannot be part of one. */
export function datasetVersionOf(caseBase: UnversionedCaseBase): string {
  const { releases: _releases, ...content } = caseBase;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

export function withDatasetVersion(caseBase: UnversionedCaseBase): CompiledCaseBase {
  return { datasetVersion: datasetVersionOf(caseBase), ...caseBase };
}
