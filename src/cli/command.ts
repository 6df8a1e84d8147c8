/** What every CLI command returns: text for the two streams and an exit code, so tests can call them directly. */
import { formatCaseFileError } from '../casebase/case-file.ts';
import { loadCaseBase } from '../casebase/read-cases.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';

export interface CommandResult {
  stdout?: string;
  stderr?: string;
  exitCode: number;
}

/** A usage mistake: reported as one line, exit code 2. */
export class CliError extends Error {}

/** Loads the case-base, or throws a CliError listing every problem so no command runs on broken data. */
export function loadOrExplain(dir: string): CompiledCaseBase {
  const result = loadCaseBase(dir);
  if (!result.ok)
    throw new CliError(
      `the case-base in ${dir} has ${result.errors.length} problem(s); run validate:\n${result.errors.map(formatCaseFileError).join('\n')}`,
    );
  return result.caseBase;
}

/** Said on stderr when a command was given a former id: the answer is the renamed record, whose id is the one to cite. */
export function formerIdNote(asked: string, current: string): string {
  return `note: "${asked}" is a former id; the record is now "${current}"`;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback?: T,
): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`${option} is required: one of ${allowed.join(', ')}`);
  }
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}
