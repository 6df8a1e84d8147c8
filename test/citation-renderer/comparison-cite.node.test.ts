/**
 * A comparison's citation names what was compared — a measure's short name or the words asked, quoted
 * and shortened, "(modified)" when changed — and the day its permalink was made. The words are filled
 * into a build-time template by the Worker; here the fill is held to citation-js's own output, byte for
 * byte, for arbitrary words in any script and with every character citation formats treat specially.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCitation, renderAll, renderCitation } from '../../src/citation-renderer/render.ts';
import { sharedTemplates } from '../../src/citation-renderer/templates.ts';
import { citedWords, comparisonSubject, subjectLookup } from '../../src/domain/cite/comparison-subject.ts';
import { comparisonCitation, comparisonTitleTail } from '../../src/domain/cite/csl.ts';
import { fillAll } from '../../src/domain/cite/template.ts';
import { engineVersion } from '../../src/domain/engine-version.ts';
import { realCaseBase } from '../support/case-base.ts';
import { isoDate } from '../support/dates.ts';

const caseBase = realCaseBase();
const shared = sharedTemplates(caseBase, engineVersion);
const lookup = subjectLookup(caseBase);

/** Pieces of words: Latin, Chinese, Cyrillic, and what BibTeX, citeproc and HTML read as syntax. */
const piece = fc.constantFrom(
  'a hotline',
  'AI',
  'for',
  'McDonald',
  'U.S.',
  'NATO',
  'iPhone',
  '中美海上军事安全磋商机制',
  '人工智能',
  'Меморандум',
  'о линии связи',
  "it's",
  '"now"',
  '“then”',
  '‘so’',
  '« fr »',
  '&',
  '%',
  '$5',
  '#1',
  'a_b',
  '{x}',
  '~',
  '^',
  '\\',
  '<i>x</i>',
  '<b',
  ':',
  ': Then',
  ';',
  '?',
  '!',
  '.',
  '…',
  '--',
  '–',
  '(1962)',
  '[sic]',
  'é',
  'Türkiye',
  '  ',
  '\t',
  '\n',
);
const words = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join(' ')),
  fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }),
);
const hex = fc.stringMatching(/^[0-9a-f]{12}$/);

describe('a comparison citation, filled by the Worker, is the library output byte for byte', () => {
  it('for arbitrary words asked, dated or not', () => {
    fc.assert(
      fc.property(words, fc.option(isoDate, { nil: undefined }), isoDate, hex, (text, created, accessed, id) => {
        fc.pre(text.trim().length > 0);
        const subject = comparisonSubject({ text }, lookup);
        const comparison = {
          id,
          url: `https://precedents.example/compare?q=x&s=1&v=${id}&e=1.0.0${created ? `&d=${created}` : ''}`,
          datasetVersion: id,
          engineVersion: '1.0.0',
          subject,
          ...(created ? { created } : {}),
        };
        const filled = fillAll(created ? shared.comparisonDated : shared.comparison, {
          site: 'https://precedents.example',
          accessed,
          comparisonId: id,
          comparisonUrl: comparison.url,
          datasetVersion: id,
          engineVersion: '1.0.0',
          comparisonSubject: subject,
          ...(created ? { comparisonCreated: created } : {}),
        });
        expect(filled).toEqual(renderAll([comparisonCitation(comparison, accessed)]));
      }),
      { numRuns: 200 },
    );
  });

  it('for every measure of the case-base, as asked and modified', () => {
    const measures = caseBase.records.filter((r) => r.kind === 'measure');
    expect(measures.length).toBeGreaterThan(3);
    for (const [i, measure] of measures.entries()) {
      const subject = comparisonSubject({ measure: measure.id, weights: i % 2 ? { track: 77 } : {} }, lookup);
      expect(subject).toBe(`${measure.shortName ?? measure.name}${i % 2 ? ' (modified)' : ''}`);
      const comparison = {
        id: 'a1b2c3d4e5f6',
        url: 'https://x.example/compare',
        datasetVersion: 'v',
        engineVersion: '1.0.0',
        subject,
        created: '2026-12-06',
      };
      const filled = fillAll(shared.comparisonDated, {
        site: 'https://x.example',
        accessed: '2026-12-07',
        comparisonId: comparison.id,
        comparisonUrl: comparison.url,
        datasetVersion: 'v',
        engineVersion: '1.0.0',
        comparisonSubject: subject,
        comparisonCreated: '2026-12-06',
      });
      expect(filled).toEqual(renderAll([comparisonCitation(comparison, '2026-12-07')]));
    }
  });
});

describe('the words read back from BibTeX and RIS as they were cited', () => {
  it.each([
    ['Chinese', '建立人工智能事件热线'],
    ['Cyrillic', 'Горячая линия для ИИ'],
    ['BibTeX syntax', 'Arms & the 50% rule: $#_{} ~ ^ and a \\ backslash'],
  ])('%s', (_what, text) => {
    const subject = comparisonSubject({ text }, lookup);
    const item = comparisonCitation(
      { id: 'a1b2c3d4e5f6', url: 'https://x.example/compare', datasetVersion: 'v', engineVersion: '1.0.0', subject },
      '2026-12-06',
    );
    const title = `${subject}${comparisonTitleTail}`;
    const [ris] = parseCitation(renderCitation([item], 'ris'));
    expect(ris.title).toBe(title);
    const [bib] = parseCitation(renderCitation([item], 'bibtex'));
    expect(String(bib.title).replace(/<\/?span[^>]*>/g, '')).toBe(title);
  });
});

describe('the cited words', () => {
  it('are cut on a word boundary to 60 characters, with an ellipsis', () => {
    const cut = citedWords('a hotline to clarify incidents involving autonomous systems between rival militaries');
    expect(cut).toBe('a hotline to clarify incidents involving autonomous systems…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(60);
    expect(citedWords('短'.repeat(80))).toBe(`${'短'.repeat(59)}…`);
    expect(citedWords('  two\n\tlines  ')).toBe('two lines');
  });

  it('never exceed 60 characters and keep what they keep unchanged but for quotes and brackets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const cut = citedWords(text);
        expect(Array.from(cut).length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('turn quotation marks into look-alike letters and angle brackets into ‹ ›', () => {
    expect(citedWords(`it's "now" or “then” «là» <b>`)).toBe('itʼs ʺnowʺ or ʺthenʺ ʺlàʺ ‹b›');
  });
});
