/**
 * The real case-base compiled from cases/, once per test file: what most domain and data tests read. A
 * case-base that does not compile fails the file with every problem, file:line first.
 */
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { loadCaseBase } from '../../src/casebase/read-cases.ts';
import type { CompiledCaseBase } from '../../src/domain/schema.ts';

let compiled: CompiledCaseBase | undefined;

export function realCaseBase(): CompiledCaseBase {
  if (compiled) return compiled;
  const loaded = loadCaseBase('cases');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatCaseFileError).join('\n'));
  compiled = loaded.caseBase;
  return compiled;
}
