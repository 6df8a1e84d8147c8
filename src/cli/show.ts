import { parseArgs } from 'node:util';
import { describeRecord } from './describe-record.ts';
import { CliError, loadOrExplain, oneOf, type CommandResult } from './command.ts';

/** `show <id> [--format json|text]` */
export function runShow(args: string[]): CommandResult {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' }, cases: { type: 'string', default: 'cases' } },
    allowPositionals: true,
    strict: true,
  });
  const format = oneOf(values.format, ['json', 'text'] as const, '--format', 'text');
  if (positionals.length !== 1) throw new CliError('expected exactly one record id, e.g. show us-ussr-hotline-mou-1963');
  const caseBase = loadOrExplain(values.cases);
  const record = caseBase.records.find((r) => r.id === positionals[0]);
  if (!record) return { stderr: `precedents show: no record with id "${positionals[0]}"`, exitCode: 1 };
  if (format === 'json') return { stdout: JSON.stringify({ datasetVersion: caseBase.datasetVersion, record }, null, 2), exitCode: 0 };
  return { stdout: describeRecord(record, caseBase), exitCode: 0 };
}
