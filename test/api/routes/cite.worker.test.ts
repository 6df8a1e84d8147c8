/** Citations, permalinks, export and verdicts through the Worker inside workerd, with the real static assets. */
import { describe, expect, it } from 'vitest';
import { engineVersion } from '../../../src/domain/engine-version.ts';
import { get, okJson, post, problemOf } from '../../support/worker.ts';

/**
 * The release served, if the dataset is a named one: a release dates the Precedents entry ("Precedents, release
 * 2026.12 (dataset version …)"), and Chicago then leaves out the access date.
 */
async function served() {
  const body = (await (await get('/api/v1/releases')).json()) as { current: string | null; datasetVersion: string };
  const by = (version: string) =>
    body.current
      ? `Precedents, release ${body.current} (dataset version ${version})`
      : `Precedents, dataset version ${version}`;
  return { by, accessed: (text: string) => (body.current ? '' : `Accessed ${text}. `) };
}

type CitationSet = Record<'csl-json' | 'bibtex' | 'ris' | 'chicago' | 'apa' | 'gb-t-7714', string>;

describe('GET /api/v1/cases/{id}/cite', () => {
  it('gives the Precedents entry in five formats, with the primary sources beside it', async () => {
    const body = await okJson<{
      datasetVersion: string;
      accessed: string;
      citation: CitationSet;
      primarySources: { id: string; citation: CitationSet }[];
    }>('/api/v1/cases/us-ussr-hotline-mou-1963/cite?accessed=2026-03-04');
    expect(body.accessed).toBe('2026-03-04');
    const csl = JSON.parse(body.citation['csl-json']);
    expect(csl[0]).toMatchObject({
      type: 'dataset',
      URL: 'http://precedents.test/cases/us-ussr-hotline-mou-1963',
      accessed: { 'date-parts': [[2026, 3, 4]] },
    });
    const release = await served();
    expect(csl[0].publisher).toBe(release.by(body.datasetVersion));
    expect(body.citation.chicago).toContain(
      `${release.accessed('March 4, 2026')}http://precedents.test/cases/us-ussr-hotline-mou-1963.`,
    );
    // APA gives a retrieval date only for an undated page; a release dates the entry.
    expect(body.citation.apa).toContain(
      `${release.accessed('March 4, 2026').length > 0 ? 'Retrieved March 4, 2026, from ' : ''}http://precedents.test/cases/us-ussr-hotline-mou-1963`,
    );
    expect(body.citation.bibtex).toMatch(/^@misc\{precedents_us_ussr_hotline_mou_1963,/);
    expect(body.citation.bibtex).toContain('accessed 2026-03-04');
    expect(body.citation.ris).toContain('Y2  - 2026/3/4/');
    expect(body.primarySources.map((s) => s.id)).toContain('state-mou');
    expect(JSON.stringify(body)).not.toContain('sentinel');
  });

  it('serves one format as a file', async () => {
    const response = await get('/api/v1/cases/us-ussr-incsea-1972/cite?format=bibtex');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-bibtex/);
    expect(response.headers.get('content-disposition')).toContain('precedents-us-ussr-incsea-1972.bib');
    expect(await response.text()).toMatch(/^@misc\{precedents_us_ussr_incsea_1972,/);
    const ris = await get('/api/v1/cases/us-ussr-hotline-mou-1963/cite?format=ris&source=state-mou');
    expect(ris.headers.get('content-type')).toMatch(/^application\/x-research-info-systems/);
    expect(await ris.text()).toContain('UR  - https://www.state.gov/s/rga/resources/267538.htm');
  });

  it('answers bad requests with problems', async () => {
    expect((await problemOf(await get('/api/v1/cases/no-such-record-1900/cite'))).status).toBe(404);
    const format = await problemOf(await get('/api/v1/cases/jve-1988/cite?format=mla'));
    expect(format.errors?.[0]).toMatchObject({ in: 'query', pointer: '#/format' });
    const date = await problemOf(await get('/api/v1/cases/jve-1988/cite?accessed=2026-02-30'));
    expect(date.errors?.[0]).toMatchObject({ in: 'query', pointer: '#/accessed' });
    expect((await problemOf(await get('/api/v1/cases/jve-1988/cite?source=nothing'))).status).toBe(404);
  });
});

describe('GET /api/v1/cite', () => {
  it('cites the dataset at the version served', async () => {
    const response = await get('/api/v1/cite?format=chicago&accessed=2026-01-02');
    const version = response.headers.get('precedents-dataset-version')!;
    const release = await served();
    expect(await response.text()).toContain(
      `Dataset. ${release.by(version)}. ${release.accessed('January 2, 2026')}http://precedents.test/.`,
    );
  });
});

describe('GB/T 7714-2015 over the API', () => {
  it('cites a record with the standard’s marks and the access date asked for', async () => {
    const response = await get('/api/v1/cases/us-ussr-hotline-mou-1963/cite?format=gb-t-7714&accessed=2026-03-04');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^\[1\] PRECEDENTS CONTRIBUTORS\. Memorandum of Understanding .*\[DS\/OL\]\. /);
    expect(text).toContain('[2026-03-04]. http://precedents.test/cases/us-ussr-hotline-mou-1963.');
  });

  it('cites a primary source by its own type: a treaty text read online is [A/OL]', async () => {
    const text = await (
      await get('/api/v1/cases/us-ussr-hotline-mou-1963/cite?format=gb-t-7714&source=state-mou')
    ).text();
    expect(text).toContain('[A/OL]. U.S. Department of State');
  });

  it('cites the dataset', async () => {
    const text = await (await get('/api/v1/cite?format=gb-t-7714&accessed=2026-01-02')).text();
    expect(text).toContain('[DS/OL]');
    expect(text).toContain('[2026-01-02]. http://precedents.test/.');
  });
});

describe('permalinks', () => {
  const request = { measure: 'ai-crisis-hotline', preset: 'function', seed: 7, limit: 5 };

  it('reproduce the ranking byte for byte, and can be cited', async () => {
    const minted = (await (await post('/api/v1/permalinks', request)).json()) as {
      href: string;
      id: string;
      cite: string;
    };
    expect(minted.href).toMatch(
      /^\/compare\?m=ai-crisis-hotline&p=function&n=5&s=7&v=[0-9a-f]{12}&e=\d+\.\d+\.\d+&d=\d{4}-\d{2}-\d{2}$/,
    );
    const direct = await (await post('/api/v1/match', request)).text();
    const resolved = (await (
      await get(`/api/v1/permalinks/resolve${minted.href.slice('/compare'.length)}`)
    ).json()) as { status: { reproduced: boolean; message: string }; result: unknown };
    expect(resolved.status.reproduced).toBe(true);
    expect(JSON.stringify(resolved.result)).toBe(direct);
    const cite = await get(`${minted.cite}&format=apa&accessed=2026-05-06`);
    const text = await cite.text();
    expect(text).toContain(`[Computed comparison ${minted.id}]`);
    // Dated by the day it was made, APA gives the address without a retrieval date.
    expect(text).toContain(`(${minted.href.slice(-10, -6)}). AI crisis hotline: computed comparison`);
    expect(text).toContain(`]. Precedents, dataset version`);
    expect(text.trimEnd().endsWith(`http://precedents.test${minted.href}`)).toBe(true);
  });

  describe('cite what was compared, the day the permalink was made, and whether it was modified', () => {
    const cite = async (search: string) =>
      okJson<{ citation: CitationSet; permalink: { created?: string } }>(
        `/api/v1/permalinks/cite?${search}&v=${(await okJson<{ datasetVersion: string }>('/api/v1/health')).datasetVersion}&e=${engineVersion}&accessed=2026-05-06`,
      );

    it('names the measure and dates the citation by the d= parameter, in every format', async () => {
      const { citation, permalink } = await cite('m=ai-crisis-hotline&s=1&d=2026-04-03');
      expect(permalink.created).toBe('2026-04-03');
      const name = 'AI crisis hotline';
      expect(JSON.parse(citation['csl-json'])[0]).toMatchObject({
        title: `<span class="nocase">${name}</span>: computed comparison with historical precedents`,
        issued: { 'date-parts': [[2026, 4, 3]] },
      });
      expect(citation.bibtex).toContain(`title = {{{AI} crisis hotline}: computed comparison`);
      expect(citation.bibtex).toContain('year = {2026},\n\tmonth = {apr 3}');
      expect(citation.ris).toContain(`TI  - ${name}: computed comparison with historical precedents\n`);
      expect(citation.ris).toContain('DA  - 2026/4/3/\nPY  - 2026\n');
      expect(citation.chicago).toMatch(new RegExp(`^Precedents contributors\\. 2026\\. “${name}: Computed Comparison`));
      expect(citation.apa).toMatch(
        new RegExp(`^Precedents contributors\\. \\(2026\\)\\. ${name}: computed comparison`),
      );
      expect(citation['gb-t-7714']).toContain(`${name}: computed comparison with historical precedents[DS/OL]`);
      expect(citation['gb-t-7714']).toContain(', 2026[2026-05-06]');
    });

    it('quotes the words asked, shortened, and says "modified" when weights were changed', async () => {
      const words = 'a hotline between rival militaries to clarify incidents involving autonomous systems';
      const { citation } = await cite(`q=${encodeURIComponent(words)}&w=${encodeURIComponent('{"track":9}')}&s=1`);
      const cited = '‘a hotline between rival militaries to clarify incidents…’ (modified)';
      for (const format of ['ris', 'chicago', 'apa', 'gb-t-7714'] as const)
        expect(citation[format], format).toContain(cited);
      expect(citation.bibtex).toContain(`{${cited}}`);
      // No d= parameter: a permalink made before they were dated is cited without a date.
      expect(citation.apa).toMatch(/^Precedents contributors\. \(n\.d\.\)\./);
      expect(citation.chicago).toMatch(/^Precedents contributors\. n\.d\./);
    });

    it('says "modified" when a feature differs from the measure\'s coding, not when it repeats it', async () => {
      const coded = await okJson<{ record: { coding: Record<string, { value: unknown }> } }>(
        '/api/v1/cases/ai-crisis-hotline',
      );
      const [feature, { value }] = Object.entries(coded.record.coding)[0];
      const same = await cite(`m=ai-crisis-hotline&f=${encodeURIComponent(JSON.stringify({ [feature]: value }))}&s=1`);
      expect(same.citation.ris).toContain('TI  - AI crisis hotline: computed');
      const changed = await cite(
        `m=ai-crisis-hotline&f=${encodeURIComponent(JSON.stringify({ [feature]: 'zzz' }))}&s=1`,
      );
      expect(changed.citation.ris).toContain('TI  - AI crisis hotline (modified): computed');
    });

    it('rejects a creation date that is no calendar day', async () => {
      const body = await problemOf(
        await get(`/api/v1/permalinks/cite?m=ai-crisis-hotline&s=1&v=000000000000&e=1.0.0&d=2026-02-30`),
      );
      expect(body.errors?.map((e) => e.pointer)).toEqual(['#/d']);
    });
  });

  it('say plainly when the pinned dataset is not the one served', async () => {
    const response = await get(`/api/v1/permalinks/resolve?m=ai-crisis-hotline&s=1&v=000000000000&e=${engineVersion}`);
    const body = (await response.json()) as {
      status: { reproduced: boolean; changes: string[]; message: string };
      result: { results: unknown[] };
    };
    expect(body.status.reproduced).toBe(false);
    expect(body.status.changes).toEqual(['dataset']);
    expect(body.status.message).toMatch(
      /^Not the pinned result: this permalink was made on dataset version 000000000000/,
    );
    expect(body.result.results.length).toBeGreaterThan(0);
  });

  it('reject a malformed permalink with a problem per parameter', async () => {
    const body = await problemOf(await get('/api/v1/permalinks/resolve?m=ai-crisis-hotline&s=x'));
    expect(body.errors?.map((e) => e.pointer)).toEqual(['#/s', '#/v', '#/e']);
  });
});

describe('GET /api/v1/export', () => {
  it('gives CSV with a header and one row per record', async () => {
    const json = (await (await get('/api/v1/export?format=json')).json()) as { records: unknown[] };
    const response = await get('/api/v1/export?format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^id,kind,name,/);
    // Fields with line breaks would be quoted; the case-base has none, so lines are rows.
    expect(lines).toHaveLength(json.records.length + 1);
  });

  it('requires a format', async () => {
    expect((await problemOf(await get('/api/v1/export'))).status).toBe(422);
  });
});

describe('the dataset version on every response', () => {
  it('is a header on answers, errors and pages alike', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nowhere', '/cases/jve-1988', '/api/v1/openapi.json'])
      expect((await get(path)).headers.get('precedents-dataset-version'), path).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('verdicts beside matches and on record pages', () => {
  it('come with a match, apart from the results', async () => {
    const body = (await (await post('/api/v1/match', { measure: 'international-ai-safety-agency' })).json()) as {
      verdicts: { measure: string; stance: string }[];
    };
    expect(body.verdicts.length).toBeGreaterThan(0);
    expect(body.verdicts[0].measure).toBe('international-ai-safety-agency');
  });

  it('show on the record page with its cite panel', async () => {
    const page = await (await get('/cases/iaea-1957')).text();
    expect(page).toContain('What the literature says');
    expect(page).toContain('data-cite-panel');
    expect(page).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
    expect(page).not.toContain('sentinel');
  });
});

describe('/about', () => {
  it('says how to cite, with the dataset citation in five formats', async () => {
    const response = await get('/about');
    const version = response.headers.get('precedents-dataset-version')!;
    const page = await response.text();
    expect(page).toContain('How to cite');
    expect(page).toContain(`${(await served()).by(version)}. `);
    expect(page).toContain('@misc{precedents_dataset,');
    expect(page).toContain(`dataset version <code>${version}</code>`);
  });
});

describe('a verdict', () => {
  it('has its own page, with the two records, the stance, the claim and the source', async () => {
    const page = await (await get('/cases/guterres-2023-iaea')).text();
    expect(page).toContain('href="/cases/international-ai-safety-agency"');
    expect(page).toContain('href="/cases/iaea-1957"');
    expect(page).toContain('stance-supports');
    expect(page).toContain('In the source’s words');
    expect(page).toContain('never enters a score');
  });

  it('is a row of the CSV export with its measure, mechanism and stance', async () => {
    const csv = await (await get('/api/v1/export?format=csv')).text();
    const [header, ...rows] = csv.trim().split('\n');
    const columns = header.split(',');
    const row = rows.find((r) => r.startsWith('guterres-2023-iaea,'))!;
    expect(columns.slice(-4)).toEqual(['measure', 'mechanism', 'stance', 'datasetVersion']);
    expect(row).toContain(',international-ai-safety-agency,iaea-1957,supports,');
  });
});
