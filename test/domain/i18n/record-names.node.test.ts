/**
 * What a record says of itself, in a language: a Chinese page shows the record's Chinese summary, or an
 * actor's Chinese note, and the English, marked as English, only where the record has no Chinese for it.
 */
import { describe, expect, it } from 'vitest';
import { renderRecordPage } from '../../../src/api/pages/record-page.ts';
import { summaryIn } from '../../../src/domain/i18n/record-names.ts';
import type { CaseRecord } from '../../../src/domain/schema.ts';
import { realCaseBase } from '../../support/case-base.ts';

const caseBase = realCaseBase();
const record = (id: string) => caseBase.records.find((r) => r.id === id)!;

describe('summaryIn', () => {
  it('gives an actor its Chinese note on a Chinese page, and its English note on an English one', () => {
    const su = record('su');
    if (su.kind !== 'actor' || !su.zh?.note || !su.note) throw new Error('the USSR has a note in both languages');
    expect(summaryIn(su, 'zh')).toEqual({ text: su.zh.note, lang: 'zh' });
    expect(summaryIn(su, 'en')).toEqual({ text: su.note, lang: 'en' });
  });

  it('falls back to the English where a record has no Chinese, and says nothing for an actor without a note', () => {
    const hotline = record('us-ussr-hotline-mou-1963');
    const untranslated = { ...hotline, zh: undefined } as CaseRecord;
    expect(summaryIn(untranslated, 'zh')).toEqual({ text: 'summary' in hotline ? hotline.summary : '', lang: 'en' });
    const us = record('us');
    expect(us.kind === 'actor' && us.note).toBeFalsy();
    expect(summaryIn(us, 'zh')).toBeUndefined();
  });

  it('shows an actor’s Chinese note on its Chinese page, not marked as English', async () => {
    const su = record('su');
    const html = String(await renderRecordPage({ caseBase, engineVersion: '0.0.0', lang: 'zh' }, su, 'https://x.test'));
    expect(html).toContain(`<p class="summary">${summaryIn(su, 'zh')!.text}</p>`);
  });
});
