import { parseArgs } from 'node:util';
import { caseBaseStats, type CaseBaseStats } from '../domain/stats.ts';
import { loadOrExplain, oneOf, type CommandResult } from './command.ts';

function text(stats: CaseBaseStats): string {
  const table = (title: string, rows: Record<string, number>) =>
    [title, ...Object.entries(rows).map(([k, n]) => `  ${k.padEnd(28)} ${String(n).padStart(5)}`)].join('\n');
  const total = Object.values(stats.byConfidence).reduce((a, b) => a + b, 0);
  return [
    `dataset ${stats.datasetVersion}`,
    '',
    table('Records by kind', stats.byKind),
    '',
    table('Mechanisms by function family', stats.byFunctionFamily),
    '',
    table('Mechanisms by decade', stats.byDecade),
    '',
    table(`Coded values by confidence (${total}; inherited technology traits not counted)`, stats.byConfidence),
    '',
    'Features left uncoded (mechanisms / measures)',
    ...stats.uncoded.map((u) => `  ${u.feature.padEnd(28)} ${String(u.mechanisms).padStart(5)} / ${u.measures}`),
    '',
    `Records with low-confidence values: ${stats.lowConfidence.length}`,
    ...stats.lowConfidence.slice(0, 15).map((r) => `  ${r.id.padEnd(50)} ${r.count}`),
    ...(stats.lowConfidence.length > 15
      ? [`  … and ${stats.lowConfidence.length - 15} more (--format json lists all)`]
      : []),
  ].join('\n');
}

/** `stats [--format text|json]` */
export function runStats(args: string[]): CommandResult {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, cases: { type: 'string', default: 'cases' } },
    strict: true,
  });
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  const stats = caseBaseStats(loadOrExplain(values.cases));
  return { stdout: format === 'json' ? JSON.stringify(stats, null, 2) : text(stats), exitCode: 0 };
}
