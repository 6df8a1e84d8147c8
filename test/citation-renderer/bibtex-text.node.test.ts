/**
 * BibTeX keeps every script and every special character: a Russian treaty title, a Chinese one, and the
 * characters BibTeX reads as syntax (& % $ # _ { } \ ~ ^) come back from citation-js's own reader as they
 * went in. The library's ASCII-only default wrote nothing for a character it had no LaTeX command for.
 */
import { describe, expect, it } from 'vitest';
import { parseCitation, renderCitation } from '../../src/citation-renderer/render.ts';
import { bibtexKeptWords } from '../../src/domain/cite/bibtex-text.ts';
import type { CslItem } from '../../src/domain/cite/csl.ts';
import { primarySourceCitations } from '../../src/domain/cite/sources.ts';
import { realCaseBase } from '../support/case-base.ts';

const item = (title: string, extra: Partial<CslItem> = {}): CslItem => ({
  id: 'item',
  'citation-key': 'item1963',
  type: 'treaty',
  title,
  issued: { 'date-parts': [[1963]] },
  ...extra,
});

const readBack = (written: CslItem) => parseCitation(renderCitation([written], 'bibtex'))[0];

describe('BibTeX text', () => {
  it.each([
    ['Cyrillic', 'Меморандум о договоренности относительно установления линии прямой связи'],
    ['Chinese', '中美关于建立加强海上军事安全磋商机制的协定'],
    ['Latin with diacritics and typographic quotes', 'Türkiye – “Open Skies” à l’Élysée'],
    ['BibTeX syntax characters', 'Arms & the 50% rule: $#_{} ~ ^ and a \\ backslash'],
  ])('keeps a %s title', (_what, title) => {
    expect(readBack(item(title)).title).toBe(title);
  });

  it('escapes the text fields but not the address', () => {
    const url = 'https://example.org/a_b%20c#d';
    const back = readBack(item('T', { URL: url, publisher: 'Smith & Sons' }));
    expect(back.URL).toBe(url);
    expect(back.publisher).toBe('Smith & Sons');
  });

  it('keeps the title of every primary source of the case-base', () => {
    const caseBase = realCaseBase();
    const lost = caseBase.records.flatMap((record) =>
      primarySourceCitations(caseBase, record)
        .map(({ item: source }) => source)
        .filter((source) => readBack(source).title !== source.title)
        .map((source) => `${record.id}: ${source.title}`),
    );
    expect(lost).toEqual([]);
  });
});

describe('words kept as written in a BibTeX title (a nocase span)', () => {
  it('are escaped, and braced where citation-js braces capitalised words, but not after a colon', () => {
    expect(bibtexKeptWords('AI & NATO: Then the iPhone_x ~ {a}')).toBe(
      '{AI} \\& {NATO}: Then the {iPhone}\\_x \\textasciitilde{} \\{a\\}',
    );
    expect(bibtexKeptWords('人工智能 热线 Меморандум')).toBe('人工智能 热线 Меморандум');
  });
});
