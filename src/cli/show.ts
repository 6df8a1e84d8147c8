import { parseArgs } from 'node:util';
import { lookUpRecord } from '../domain/record-lookup.ts';
import { describeRecord } from './describe-record.ts';
import { CliError, formerIdNote, loadOrExplain, oneOf, type CommandResult } from './command.ts';

/** `show <id> [--format json|text]` */
export function runShow(args: string[]): CommandResult {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' }, cases: { type: 'string', default: 'cases' } },
    allowPositionals: true,
    strict: true,
  });
  const format = oneOf(values.format, ['json', 'text'] as const, '--format', 'text');
  if (positionals.length !== 1)
    throw new CliError('expected exactly one record id, e.g. show us-ussr-hotline-mou-1963');
  const caseBase = loadOrExplain(values.cases);
  const id = positionals[0];
  const found = lookUpRecord(caseBase, id);
  if (!found) return { stderr: `precedents show: no record with id "${id}"`, exitCode: 1 };
  const { record } = found;
  const note = found.formerId ? { stderr: formerIdNote(id, record.id) } : {};
  if (format === 'json')
    return {
      stdout: JSON.stringify({ datasetVersion: caseBase.datasetVersion, record }, null, 2),
      ...note,
      exitCode: 0,
    };
  return { stdout: describeRecord(record, caseBase), ...note, exitCode: 0 };
}
