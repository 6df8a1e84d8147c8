/**
 * A small case-base in which two records carry their Chinese and the others do not yet — the state of the
 * real case-base while its translation is under way — for tests of what Chinese pages and sentences show.
 */
import { compileCaseBase } from '../../../src/casebase/compile.ts';
import { withDatasetVersion } from '../../../src/casebase/dataset-version.ts';
import type { CompiledCaseBase } from '../../../src/domain/schema.ts';
import { actorsFile, codebookFile, mechanism } from '../../casebase/fixture.ts';

/** The Chinese of the two translated records, as a case file writes it. */
export const zhOf = {
  heir: { name: '测试继承机制', shortName: '继承机制', summary: '为测试编写的继承机制。', nameStatus: 'translation' },
  twin: {
    name: '测试孪生机制',
    shortName: '孪生机制',
    summary: '为测试编写的孪生机制。',
    nameStatus: 'official',
    nameSource: { title: '测试条约中文本', publisher: '联合国大会', year: 1963 },
  },
} as const;

const zhLines = (zh: Record<string, unknown>) => `zh: ${JSON.stringify(zh)}\n`;

export function zhFixture(): CompiledCaseBase {
  const result = compileCaseBase([
    codebookFile,
    actorsFile,
    // The query: a mechanism, since the engine compares any coded record (a measure is coded the same way).
    mechanism('q', '', '  function: [communication-link]\n  partiesStructure: bilateral\n  track: 1\n'),
    mechanism(
      'twin',
      zhLines(zhOf.twin),
      '  function: [communication-link]\n  partiesStructure: bilateral\n  track: 1\n',
    ),
    mechanism('cousin', '', '  function: [consultation-clarification]\n  partiesStructure: bilateral\n  track: 2\n'),
    mechanism(
      'heir',
      `relations:\n  - { type: succeeds, target: twin }\n${zhLines(zhOf.heir)}`,
      '  function: [constraint]\n  partiesStructure: multilateral\n  track: 2\n',
    ),
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return withDatasetVersion(result.caseBase);
}
