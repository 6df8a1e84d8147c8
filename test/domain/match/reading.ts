/** What the free-text tests share: the real case-base's reader, and the values it suggests for a feature. */
import { indexCodebook } from '../../../src/domain/codebook-index.ts';
import { readText, type TextReading } from '../../../src/domain/match/text.ts';
import { realCaseBase } from '../../support/case-base.ts';

export const caseBase = realCaseBase();
export const index = indexCodebook(caseBase.codebook);
export const read = (text: string) => readText(index, caseBase, text);

/** The values suggested for a feature, as a list. */
export function valuesOf(reading: TextReading, feature: string): string[] {
  const s = reading.suggestions.find((x) => x.feature === feature);
  return s === undefined ? [] : [s.value].flat().map(String);
}
