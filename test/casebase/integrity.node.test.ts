/**
 * Integrity of the real case-base: what a scholar citing it relies on. The compile step already rejects
 * dangling references, duplicate ids, invalid coded values and years out of order; these tests pin
 * the rest — coverage of the collection, sources for every record and a primary source for every
 * agreement, and URLs that look like real addresses.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/schema.ts';
import { realCaseBase } from '../support/case-base.ts';

const caseBase = realCaseBase();
const ofKind = <K extends CaseRecord['kind']>(kind: K) =>
  caseBase.records.filter((r): r is Extract<CaseRecord, { kind: K }> => r.kind === kind);

describe('the collection', () => {
  it('holds at least 100 mechanisms, 16 measures and 20 events', () => {
    expect(ofKind('mechanism').length).toBeGreaterThanOrEqual(100);
    expect(ofKind('measure').length).toBeGreaterThanOrEqual(16);
    expect(ofKind('event').length).toBeGreaterThanOrEqual(20);
  });

  it('holds the four measures of the essay that started the project', () => {
    const ids = ofKind('measure').map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ai-safety-evaluation-exchange',
        'ai-joint-scenario-exercises',
        'ai-terminology-dialogue',
        'ai-incident-communication',
      ]),
    );
  });
});

describe('sources', () => {
  it('gives every mechanism, measure, event and technology profile at least one source', () => {
    const unsourced = caseBase.records.filter((r) => 'sources' in r && r.sources.length === 0).map((r) => r.id);
    expect(unsourced).toEqual([]);
  });

  it('gives every treaty or agreement a primary source', () => {
    const agreements = ['treaty', 'executive-agreement', 'memorandum-of-understanding', 'exchange-of-notes'];
    const missing = ofKind('mechanism')
      .filter((m) => agreements.includes(m.legalForm) && !m.sources.some((s) => s.kind === 'primary'))
      .map((m) => m.id);
    expect(missing).toEqual([]);
  });

  it('backs every key fact and outcome with a source of its own record', () => {
    for (const record of caseBase.records) {
      if (!('sources' in record) || !('keyFacts' in record)) continue;
      const ids = new Set(record.sources.map((s) => s.id));
      const cited = [...record.keyFacts, ...('outcomes' in record ? record.outcomes : [])].flatMap((f) => f.sources);
      expect(
        cited.filter((id) => !ids.has(id)),
        record.id,
      ).toEqual([]);
    }
  });

  it('uses only URLs that look like real addresses, never placeholders', () => {
    const bad: string[] = [];
    for (const record of caseBase.records)
      if ('sources' in record)
        for (const s of record.sources) {
          if (!s.url) continue;
          const url = new URL(s.url);
          if (
            !/^https?:$/.test(url.protocol) ||
            !url.hostname.includes('.') ||
            /(^|\.)(example\.(com|org|net)|localhost|invalid|test)$/.test(url.hostname) ||
            /\b(todo|tbd|xxx)\b/i.test(s.url)
          )
            bad.push(`${record.id}: ${s.url}`);
        }
    expect(bad).toEqual([]);
  });
});

describe('consistency', () => {
  it('dates every mechanism: signed ≤ in force ≤ ended, and no end year on one still active', () => {
    for (const m of ofKind('mechanism')) {
      if (m.inForceYear !== undefined) expect(m.inForceYear, m.id).toBeGreaterThanOrEqual(m.year);
      if (m.endYear !== undefined) expect(m.endYear, m.id).toBeGreaterThanOrEqual(m.inForceYear ?? m.year);
      if (m.status === 'active') expect(m.endYear, m.id).toBeUndefined();
    }
  });

  it('codes every mechanism on what it does and who takes part', () => {
    const thin = ofKind('mechanism')
      .filter((m) => !m.coding.function || !m.coding.partiesStructure)
      .map((m) => m.id);
    expect(thin).toEqual([]);
  });

  it('explains every low-confidence value in a note', () => {
    const unexplained: string[] = [];
    for (const r of [...ofKind('mechanism'), ...ofKind('measure'), ...ofKind('technology')])
      for (const [feature, value] of Object.entries(r.coding))
        if (value.confidence === 'low' && !value.note) unexplained.push(`${r.id}.${feature}`);
    expect(unexplained).toEqual([]);
  });

  it('names who proposed every measure', () => {
    for (const m of ofKind('measure')) expect(m.proposedBy.length, m.id).toBeGreaterThan(0);
  });
});
