/**
 * Citations: CSL-JSON is the source; BibTeX, RIS, Chicago and APA come from citation-js. The Worker fills
 * build-time templates instead of running the library, so these tests hold the fill to the library's own
 * output, byte for byte, and read BibTeX and RIS back through the library.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCitation, renderAll, renderCitation, risId } from '../../src/citation-renderer/render.ts';
import { recordTemplates, sharedTemplates } from '../../src/citation-renderer/templates.ts';
import {
  comparisonCitation,
  datasetCitation,
  project,
  recordCitation,
  type CitationContext,
} from '../../src/domain/cite/csl.ts';
import { authors, primarySourceCitations } from '../../src/domain/cite/sources.ts';
import { withoutNocase } from '../../src/domain/cite/comparison-subject.ts';
import { renderedFormats } from '../../src/domain/cite/formats.ts';
import { accessedText, fillAll } from '../../src/domain/cite/template.ts';
import { engineVersion } from '../../src/domain/engine-version.ts';
import { currentRelease } from '../../src/domain/releases.ts';
import type { CompiledCaseBase } from '../../src/domain/schema.ts';
import { realCaseBase } from '../support/case-base.ts';
import { isoDate } from '../support/dates.ts';

const caseBase: CompiledCaseBase = realCaseBase();
const served = currentRelease(caseBase);
const ctx = (site: string, accessed: string): CitationContext => ({
  site,
  accessed,
  datasetVersion: caseBase.datasetVersion,
  engineVersion,
  ...(served ? { release: { name: served.name, date: served.date } } : {}),
});
const sample = [
  'us-ussr-hotline-mou-1963',
  'us-ussr-incsea-1972',
  'ai-crisis-hotline',
  'cuban-missile-crisis-1962',
  'guterres-2023-iaea',
  'su',
].map((id) => {
  const record = caseBase.records.find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
});

/** Any origin the site may be served from: http or https, any host name, with or without a port. */
const site = fc
  .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })))
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`);

describe('CSL-JSON items', () => {
  it('cite the Precedents entry with the dataset version, the access date and the page', () => {
    const item = recordCitation(sample[0], ctx('https://precedents.example', '2026-11-28'));
    expect(item).toMatchObject({
      type: 'dataset',
      title: sample[0].name,
      author: [{ literal: project.author }],
      publisher: served
        ? `Precedents, release ${served.name} (dataset version ${caseBase.datasetVersion})`
        : `Precedents, dataset version ${caseBase.datasetVersion}`,
      genre: 'Case record',
      URL: 'https://precedents.example/cases/us-ussr-hotline-mou-1963',
      accessed: { 'date-parts': [[2026, 11, 28]] },
    });
  });

  it('offer the primary sources beside the entry, never merged into it', () => {
    const primary = primarySourceCitations(caseBase, sample[0]);
    expect(primary.map((p) => p.source.id)).toContain('state-mou');
    expect(primary.every((p) => p.source.kind === 'primary')).toBe(true);
    expect(primary.find((p) => p.source.id === 'state-mou')!.item.URL).toBe(
      'https://www.state.gov/s/rga/resources/267538.htm',
    );
  });

  it.each([
    ['David Kahn', [{ given: 'David', family: 'Kahn' }]],
    [
      'Henry Chu and Paul Richter',
      [
        { given: 'Henry', family: 'Chu' },
        { given: 'Paul', family: 'Richter' },
      ],
    ],
    [
      'Akash R. Wasil, Tom Reed, Jack William Miller and Peter Barnett',
      [
        { given: 'Akash R.', family: 'Wasil' },
        { given: 'Tom', family: 'Reed' },
        { given: 'Jack William', family: 'Miller' },
        { given: 'Peter', family: 'Barnett' },
      ],
    ],
    ['National Research Council', [{ literal: 'National Research Council' }]],
    ['Margaret Mitchell et al.', [{ literal: 'Margaret Mitchell et al.' }]],
    ['Marvin R. Peterson (U.S. Mission to the IAEA)', [{ literal: 'Marvin R. Peterson (U.S. Mission to the IAEA)' }]],
    ['Ganaie and Wani', [{ literal: 'Ganaie and Wani' }]],
  ])('read the author line "%s" without guessing', (text, expected) => {
    expect(authors(text)).toEqual(expected);
  });

  it('build from every record and source of the case-base', () => {
    for (const record of caseBase.records) {
      expect(recordCitation(record, ctx('https://x.example', '2026-01-01')).title).toBe(record.name);
      for (const { item } of primarySourceCitations(caseBase, record)) expect(item.title.length).toBeGreaterThan(0);
    }
  });
});

describe('BibTeX and RIS read back through citation-js', () => {
  const items = [
    ...sample.map((r) => recordCitation(r, ctx('https://precedents.example', '2026-03-04'))),
    datasetCitation(ctx('https://precedents.example', '2026-03-04')),
    comparisonCitation(
      {
        id: 'a1b2c3d4e5f6',
        url: 'https://precedents.example/compare?m=ai-crisis-hotline&w=%7B%22track%22%3A2%7D&s=1&v=0123456789ab&e=1.0.0',
        datasetVersion: '0123456789ab',
        engineVersion: '1.0.0',
        subject: 'AI crisis hotline (modified)',
        created: '2026-03-01',
      },
      '2026-03-04',
    ),
    ...primarySourceCitations(caseBase, sample[0]).map((p) => p.item),
  ];

  it.each(items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    // A comparison's title keeps what it compared in a nocase span, which BibTeX writes as braces.
    const title = withoutNocase(item.title);
    const [bib] = parseCitation(renderCitation([item], 'bibtex'));
    expect(withoutNocase(String(bib.title))).toBe(title);
    if (item.URL) expect(bib.URL).toBe(item.URL);
    expect(bib['citation-key']).toBe(item['citation-key']);
    const [ris] = parseCitation(renderCitation([item], 'ris'));
    expect(ris.title).toBe(title);
    if (item.URL) expect(ris.URL).toBe(item.URL);
    if (item.accessed) expect(ris.accessed).toEqual(item.accessed);
  });
});

describe('the Worker fills templates; the result is the library output, byte for byte', () => {
  it('spells access dates as the library does, in every month', () => {
    // Chicago drops the access date of an item that has a publication date, so the item here is unreleased.
    const { release: _release, ...unreleased } = ctx('https://x.example', '2000-01-01');
    const item = datasetCitation(unreleased);
    for (let m = 1; m <= 12; m++) {
      const date = `2031-${String(m).padStart(2, '0')}-0${(m % 9) + 1}`;
      const rendered = renderAll([{ ...item, accessed: { 'date-parts': [date.split('-').map(Number)] } }]);
      for (const format of renderedFormats)
        expect(rendered[format], `${format} ${date}`).toContain(accessedText(format, date));
    }
  });

  it('for records', () => {
    const templates = sample.map((record) => ({ record, template: recordTemplates(record, caseBase, engineVersion) }));
    fc.assert(
      fc.property(site, isoDate, fc.integer({ min: 0, max: sample.length - 1 }), (origin, accessed, i) => {
        const { record, template } = templates[i];
        expect(fillAll(template.entry, { site: origin, accessed })).toEqual(
          renderAll([recordCitation(record, ctx(origin, accessed))]),
        );
      }),
      { numRuns: 12 },
    );
  });

  it('for the dataset and for comparisons', () => {
    const shared = sharedTemplates(caseBase, engineVersion);
    const hex = fc.stringMatching(/^[0-9a-f]{12}$/);
    fc.assert(
      fc.property(
        site,
        isoDate,
        hex,
        hex,
        fc.stringMatching(/^[1-9]\d?\.\d{1,2}\.\d{1,2}$/),
        fc.constantFrom(
          'm=ai-crisis-hotline&s=1',
          'q=a+hotline+for+AI%2C+%22now%22&p=function&s=42',
          'f=%7B%22track%22%3A%221.5%22%7D&w=%7B%22function%22%3A3%7D&s=0&x=1',
        ),
        (origin, accessed, id, datasetVersion, engine, search) => {
          expect(fillAll(shared.dataset, { site: origin, accessed })).toEqual(
            renderAll([datasetCitation(ctx(origin, accessed))]),
          );
          const url = `${origin}/compare?${search}&v=${datasetVersion}&e=${engine}`;
          expect(
            fillAll(shared.comparison, {
              site: origin,
              accessed,
              comparisonId: id,
              comparisonUrl: url,
              datasetVersion,
              engineVersion: engine,
              comparisonSubject: 'AI crisis hotline',
            }),
          ).toEqual(
            renderAll([
              comparisonCitation(
                { id, url, datasetVersion, engineVersion: engine, subject: 'AI crisis hotline' },
                accessed,
              ),
            ]),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('CITATION.cff', () => {
  const cff = parseYaml(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('describes the dataset with the release version of package.json', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(cff.version).toBe(pkg.version);
    expect(cff.title).toBe(project.datasetTitle);
    expect(cff.authors).toEqual([{ name: project.author }]);
  });
});

describe('source citations a writer can paste', () => {
  const incsea = caseBase.records.find((r) => r.id === 'us-ussr-incsea-1972')!;
  const treaty = primarySourceCitations(caseBase, incsea).find((p) => p.source.collections?.length)!;

  it('date a treaty text and keep its collection references out of the title', () => {
    expect(treaty.item.title).not.toMatch(/UST|UNTS|TIAS/);
    expect(treaty.item.issued).toBeDefined();
    for (const format of ['chicago', 'apa'] as const) {
      const text = renderCitation([treaty.item], format);
      expect(text).not.toContain('n.d.');
      expect(text).toContain(String(treaty.item.issued!['date-parts'][0][0]));
    }
    const ris = renderCitation([treaty.item], 'ris');
    expect(ris).toMatch(/^TY {2}- LEGAL$/m);
    expect(ris).toMatch(/^N1 {2}- .*852 UNTS 151/m);
  });

  it('give every source of the dataset its own RIS id, at most 20 characters', () => {
    const ids = new Map<string, string>();
    for (const record of caseBase.records)
      for (const { item } of primarySourceCitations(caseBase, record)) {
        const id = risId(item.id);
        expect(id.length).toBeLessThanOrEqual(20);
        expect(ids.get(id), `${item.id} and ${ids.get(id)} share ${id}`).toBeUndefined();
        ids.set(id, item.id);
      }
    expect(ids.size).toBeGreaterThan(100);
    expect(renderCitation([treaty.item], 'ris')).toContain(`ID  - ${risId(treaty.item.id)}\n`);
  });

  it('print the publisher the registry names, not its id', () => {
    const source = treaty.source;
    const name = caseBase.publishers.find((p) => p.id === source.publisher)!.name;
    expect([treaty.item.publisher, treaty.item['container-title']]).toContain(name);
  });

  it('date the Precedents entry by its release, not by the treaty', () => {
    const release = caseBase.releases.at(-1)!;
    const item = recordCitation(incsea, {
      ...ctx('https://x.example', '2026-12-06'),
      release: { name: release.name, date: release.date },
    });
    expect(item.issued).toEqual({ 'date-parts': [release.date.split('-').map(Number)] });
    expect(item.publisher).toContain(`release ${release.name}`);
    const { release: _release, ...unreleased } = ctx('https://x.example', '2026-12-06');
    expect(recordCitation(incsea, unreleased).issued).toBeUndefined();
  });
});
