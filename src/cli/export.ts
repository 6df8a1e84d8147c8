import { parseArgs } from 'node:util';
import { exportCsv, exportJson } from '../domain/export.ts';
import { loadOrExplain, oneOf, type CommandResult } from './command.ts';

/** `export --format json|csv` */
export function runExport(args: string[]): CommandResult {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, cases: { type: 'string', default: 'cases' } },
    strict: true,
  });
  const format = oneOf(values.format, ['json', 'csv'] as const, '--format');
  const caseBase = loadOrExplain(values.cases);
  return {
    stdout: format === 'json' ? JSON.stringify(exportJson(caseBase), null, 2) : exportCsv(caseBase),
    exitCode: 0,
  };
}
