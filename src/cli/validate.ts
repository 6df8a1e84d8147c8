import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCaseFileError } from '../casebase/case-file.ts';
import { loadCaseBase } from '../casebase/read-cases.ts';
import { CliError, type CommandResult } from './command.ts';

/** `validate [--cases DIR]`: exit 0 when the case-base compiles; otherwise every problem, one a line. */
export function runValidate(args: string[]): CommandResult {
  const { values } = parseArgs({ args, options: { cases: { type: 'string', default: 'cases' } }, strict: true });
  if (!existsSync(values.cases)) throw new CliError(`no case-base folder at ${values.cases}`);
  const result = loadCaseBase(values.cases);
  if (!result.ok)
    return {
      stderr: `${result.errors.map(formatCaseFileError).join('\n')}\n\n${result.errors.length} problem(s) in ${values.cases}`,
      exitCode: 1,
    };
  const counts = new Map<string, number>();
  for (const r of result.caseBase.records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return {
    stdout: `${values.cases}: ${result.caseBase.records.length} records valid (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}); dataset ${result.caseBase.datasetVersion}`,
    exitCode: 0,
  };
}
