/**
 * The project's GB/T 7714-2015 style (src/cite/styles/gb-t-7714-2015-numeric.csl), rendered by citation-js:
 * the standard's document-type and carrier marks, its order of elements, its numeric dates, and the access
 * date the Worker's templates must find.
 */
import { describe, expect, it } from 'vitest';
import { renderCitation } from '../../src/citation-renderer/render.ts';
import { recordTemplates } from '../../src/citation-renderer/templates.ts';
import type { CslItem } from '../../src/domain/cite/csl.ts';
import { accessedText, sentinels } from '../../src/domain/cite/template.ts';
import { realCaseBase } from '../support/case-base.ts';

/** An item with CSL fields beyond the ones Precedents itself writes (place, volume, issue, page). */
type Item = Partial<CslItem> & Pick<CslItem, 'type' | 'title'> & Record<string, unknown>;
const gbt = (item: Item) => renderCitation([{ id: 'x', 'citation-key': 'x', ...item } as CslItem], 'gb-t-7714').trim();
const date = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });
const person = (family: string, given: string) => ({ family, given });

/** Each kind of document with the entry the standard gives it. */
const entries: { it: string; item: Item; entry: string }[] = [
  // An institution written as one name is set in capitals too (citeproc treats it as a family name), as in
  // the reference style; the standard's own examples keep institutions in their usual case.
  {
    it: 'mark a web page [EB/OL], with its date of update and its access date',
    item: {
      type: 'webpage',
      title: 'Hotline Message From Soviet General Secretary Brezhnev to President Nixon',
      author: [{ literal: 'Office of the Historian' }],
      URL: 'https://history.state.gov/x',
      issued: date('2012-05-03'),
      accessed: date('2013-11-12'),
    },
    entry:
      '[1] OFFICE OF THE HISTORIAN. Hotline Message From Soviet General Secretary Brezhnev to President Nixon' +
      '[EB/OL]. (2012-05-03)[2013-11-12]. https://history.state.gov/x.',
  },
  {
    it: 'mark a journal article [J]: 刊名, 年, 卷(期): 页码, the authors as the standard writes them',
    item: {
      type: 'article-journal',
      title: 'The Rational Design of International Institutions',
      author: [person('Koremenos', 'Barbara'), person('Lipson', 'Charles'), person('Snidal', 'Duncan')],
      'container-title': 'International Organization',
      volume: '55',
      issue: '4',
      page: '761-799',
      issued: date('2001'),
    },
    entry:
      '[1] KOREMENOS B, LIPSON C, SNIDAL D. The Rational Design of International Institutions[J]. ' +
      'International Organization, 2001, 55(4): 761-799.',
  },
  {
    it: 'mark a book [M] with 出版地: 出版者, 出版年',
    item: {
      type: 'book',
      title: 'Strategy and Arms Control',
      author: [person('Schelling', 'Thomas C.'), person('Halperin', 'Morton H.')],
      publisher: 'Twentieth Century Fund',
      'publisher-place': 'New York',
      issued: date('1961'),
    },
    entry: '[1] SCHELLING T C, HALPERIN M H. Strategy and Arms Control[M]. New York: Twentieth Century Fund, 1961.',
  },
  {
    it: 'mark a report read online [R/OL]',
    item: {
      type: 'report',
      title: 'A report',
      publisher: 'CNAS',
      URL: 'https://www.cnas.org/r',
      issued: date('2021-01-12'),
    },
    entry: '[1] A report[R/OL]. CNAS, 2021. https://www.cnas.org/r.',
  },
  {
    it: 'mark a treaty as an archival document [A], as the reference style does (the standard has no treaty mark)',
    item: {
      type: 'treaty',
      title: 'Agreement on the Prevention of Incidents On and Over the High Seas',
      issued: date('1972-05-25'),
    },
    entry: '[1] Agreement on the Prevention of Incidents On and Over the High Seas[A]. 1972.',
  },
];

describe('GB/T 7714-2015 entries', () => {
  it.each(entries)('$it', ({ item, entry }) => expect(gbt(item)).toBe(entry));

  it('mark a treaty read online [A/OL]', () => {
    expect(gbt({ type: 'treaty', title: 'T', URL: 'https://treaties.un.org/t' })).toContain('T[A/OL]');
  });

  it('give no access date to a document not read online, and never invent one', () => {
    expect(gbt({ type: 'book', title: 'B', publisher: 'P', issued: date('1999') })).not.toMatch(/\[\d{4}-/);
    expect(gbt({ type: 'webpage', title: 'W', URL: 'https://w.example' })).toBe('[1] W[EB/OL]. https://w.example.');
  });
});

describe('GB/T 7714-2015 in the Worker’s templates', () => {
  const caseBase = realCaseBase();

  it('render a record’s entry as a dataset read online [DS/OL], with the access-date stand-in to fill', () => {
    const record = caseBase.records.find((r) => r.id === 'us-ussr-hotline-mou-1963')!;
    const entry = recordTemplates(record, caseBase, '0.0.0').entry['gb-t-7714'];
    expect(entry).toContain('[DS/OL]');
    expect(entry).toContain(accessedText('gb-t-7714', sentinels.accessed));
    expect(accessedText('gb-t-7714', sentinels.accessed)).toBe('[1901-02-03]');
    expect(entry).toContain(`${sentinels.site}/cases/us-ussr-hotline-mou-1963`);
  });
});
