/** The list and about pages inside workerd: complete HTML from the Worker, no script needed. */
import { describe, expect, it } from 'vitest';
import { get } from '../../support/worker.ts';

const rows = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)">/g)].map((m) => m[1]);

describe('/list', () => {
  it('lists every record in a table, each linking to its page', async () => {
    const response = await get('/list');
    expect(response.status).toBe(200);
    const html = await response.text();
    const { total } = (await (await get('/api/v1/cases?limit=1')).json()) as { total: number };
    expect(rows(html)).toHaveLength(total);
    expect(html).toContain('<a href="/cases/us-ussr-hotline-mou-1963">');
    expect(html).toContain('aria-sort="ascending"');
  });

  it('filters and sorts from its address', async () => {
    const html = await (await get('/list?kind=mechanism&family=communication&sort=year&dir=desc')).text();
    const ids = rows(html);
    const { records } = (await (await get('/api/v1/cases?kind=mechanism&function=communication&limit=500')).json()) as {
      records: { id: string; year: number }[];
    };
    expect(new Set(ids)).toEqual(new Set(records.map((r) => r.id)));
    const years = ids.map((id) => records.find((r) => r.id === id)!.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(html).toContain('aria-sort="descending"');
  });

  it('says so when a filter names something the codebook does not know', async () => {
    const html = await (await get('/list?family=nope')).text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('no function or family “nope”');
  });

  it('uses at most 200 characters of search words and repeats only the start of an unknown filter, saying so', async () => {
    const words = `hotline ${'é'.repeat(300)}`;
    const unknown = 'x'.repeat(5000);
    const response = await get(`/list?q=${encodeURIComponent(words)}&kind=${unknown}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Search words are limited to 200 characters');
    const value = /id="list-q" name="q" type="search" value="([^"]*)"/.exec(html)?.[1];
    expect(Array.from(value!)).toHaveLength(200);
    expect(words.startsWith(value!)).toBe(true);
    expect(html).toContain(`no kind of record “${'x'.repeat(59)}…”`);
    expect(html).not.toContain('x'.repeat(60));
  });
});

describe('/about', () => {
  it('explains the method and lists the codebook, the dataset version and how to cite', async () => {
    const html = await (await get('/about')).text();
    const { datasetVersion, codebook } = (await (await get('/api/v1/codebook')).json()) as {
      datasetVersion: string;
      codebook: { features: { id: string }[]; presets: { id: string }[] };
    };
    for (const id of ['method', 'codebook', 'dataset', 'cite']) expect(html).toContain(`id="${id}"`);
    for (const feature of codebook.features) expect(html).toContain(`id="feature-${feature.id}"`);
    for (const preset of codebook.presets) expect(html).toContain(`<code>${preset.id}</code>`);
    // A named release dates the dataset's citation; unreleased content is cited by its version alone.
    const { current } = (await (await get('/api/v1/releases')).json()) as { current: string | null };
    expect(html).toContain(
      current
        ? `Dataset. Precedents, release ${current} (dataset version ${datasetVersion}). `
        : `Dataset. Precedents, dataset version ${datasetVersion}. Accessed `,
    );
    expect(html).toContain('coverage<sup>0.5</sup>');
  });
});
