/**
 * The records in Chinese (issue #12): their Chinese names and summaries use the glossary's rendering of
 * every recurring term the English uses, and never a variant the glossary says Precedents does not write.
 * An official name is exempt from the glossary: it is quoted as its publisher wrote it. Verdicts, which
 * quote publications, are not translated.
 */
import { describe, expect, it } from 'vitest';
import { glossaryMisses } from '../../src/domain/glossary.ts';
import type { CaseRecord } from '../../src/domain/schema.ts';
import { realCaseBase } from '../support/case-base.ts';

const { records, glossary = [] } = realCaseBase();

/** The pairs of English and Chinese text a record's Chinese must hold to the glossary: [where, en, zh]. */
function pairs(record: CaseRecord): [string, string, string][] {
  if (record.kind === 'verdict' || !record.zh) return [];
  const zh = record.zh;
  const out: [string, string, string][] = [];
  if (zh.nameStatus !== 'official') out.push([`${record.id}.zh.name`, record.name, zh.name]);
  if ('summary' in record && 'summary' in zh) out.push([`${record.id}.zh.summary`, record.summary, zh.summary]);
  if (record.kind === 'actor' && record.note && record.zh?.note)
    out.push([`${record.id}.zh.note`, record.note, record.zh.note]);
  return out;
}

describe('the records in Chinese', () => {
  it('gives every mechanism, measure, event, technology profile and actor its Chinese name (and summary)', () => {
    const missing = records.filter((r) => r.kind !== 'verdict' && !r.zh).map((r) => r.id);
    expect(missing).toEqual([]);
    const withSummary = records.filter((r) => r.kind !== 'verdict' && r.kind !== 'actor');
    expect(withSummary.filter((r) => !r.zh?.summary).map((r) => r.id)).toEqual([]);
    expect(withSummary.length).toBeGreaterThan(150);
  });

  it('gives an actor a Chinese short name or note exactly where the English has one', () => {
    const actors = records.filter((r) => r.kind === 'actor');
    const uneven = actors.filter(
      (a) => Boolean(a.shortName) !== Boolean(a.zh?.shortName) || Boolean(a.note) !== Boolean(a.zh?.note),
    );
    expect(uneven.map((a) => a.id)).toEqual([]);
  });

  it('render every glossary term their English uses with the glossary’s Chinese', () => {
    const misses = records.flatMap((r) =>
      pairs(r).flatMap(([where, en, zh]) =>
        glossaryMisses(glossary, en, zh).map((m) => `${where}: "${m.en}" must be ${m.zh} in "${zh}"`),
      ),
    );
    expect(misses).toEqual([]);
  });

  it('never write a Chinese variant the glossary sets aside', () => {
    const found = records.flatMap((r) =>
      pairs(r).flatMap(([where, , zh]) =>
        glossary.flatMap((t) => {
          const rest = zh.split(t.zh).join('□');
          return t.zhVariants.filter((v) => rest.includes(v)).map((v) => `${where}: "${v}" (write ${t.zh})`);
        }),
      ),
    );
    expect(found).toEqual([]);
  });
});
