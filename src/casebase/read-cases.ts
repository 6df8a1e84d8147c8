/** Reading `cases/` from disk: the only part of the case-base pipeline that does I/O. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CaseFile } from './case-file.ts';
import { compileCaseBase } from './compile.ts';
import { withDatasetVersion } from './dataset-version.ts';
import type { CompiledCaseBase } from '../domain/schema.ts';
import type { CaseFileError } from './case-file.ts';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/**
 * Reads every YAML file under `dir`. Paths are shown as the folder was given plus the path inside it
 * (with `/`), so an error reads `cases/mechanisms/x.yaml:12`, the way the author would open the file.
 */
export function readCaseFiles(dir: string): CaseFile[] {
  const base = dir.replace(/[\\/]+$/, '');
  return walk(dir).map((path) => ({
    path: `${base}/${relative(dir, path).split(sep).join('/')}`,
    text: readFileSync(path, 'utf8'),
  }));
}

export function loadCaseBase(
  dir: string,
): { ok: true; caseBase: CompiledCaseBase } | { ok: false; errors: CaseFileError[] } {
  const result = compileCaseBase(readCaseFiles(dir));
  return result.ok ? { ok: true, caseBase: withDatasetVersion(result.caseBase) } : result;
}
