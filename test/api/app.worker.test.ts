/** The API inside workerd, called the way production calls it: through the Worker's fetch handler. */
import { describe, expect, it } from 'vitest';
import { get, problemOf } from '../support/worker.ts';

describe('GET /api/v1/health', () => {
  it('reports the dataset and engine versions', async () => {
    const response = await get('/api/v1/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(body.status).toBe('ok');
    expect(body.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(body.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('GET /api/v1/cases/{id}', () => {
  it('returns the record with its coding and sources', async () => {
    const response = await get('/api/v1/cases/us-ussr-hotline-mou-1963');
    expect(response.status).toBe(200);
    const { record, datasetVersion } = (await response.json()) as {
      record: Record<string, unknown>;
      datasetVersion: string;
    };
    expect(datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(record).toMatchObject({
      id: 'us-ussr-hotline-mou-1963',
      kind: 'mechanism',
      year: 1963,
      parties: ['us', 'su'],
    });
    expect((record.coding as Record<string, { value: unknown }>).function.value).toEqual(['communication-link']);
  });

  it('redirects a former id to the record, from the API, its citations and its page alike', async () => {
    for (const [asked, current] of [
      ['/api/v1/cases/nsg-1974', '/api/v1/cases/nsg-1975'],
      ['/api/v1/cases/nsg-1974/cite?format=ris', '/api/v1/cases/nsg-1975/cite?format=ris'],
      ['/cases/nsg-1974', '/cases/nsg-1975'],
    ]) {
      const response = await get(asked, { redirect: 'manual' });
      expect(response.status, asked).toBe(301);
      expect(new URL(response.headers.get('Location')!, 'http://precedents.test').href).toBe(
        `http://precedents.test${current}`,
      );
    }
  });

  it('answers an unknown id with a 404 problem', async () => {
    const response = await get('/api/v1/cases/no-such-case-1900');
    expect(response.status).toBe(404);
    const body = await problemOf(response);
    expect(body).toMatchObject({ status: 404, title: 'Not found' });
    expect(body.detail).toContain('no-such-case-1900');
  });

  it('answers a malformed id with a 422 problem pointing at the path parameter', async () => {
    const response = await get('/api/v1/cases/Not_An_Id');
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors).toEqual([{ in: 'path', pointer: '#/id', detail: expect.stringContaining('kebab-case') }]);
  });

  it('answers an id longer than any id can be with a 422 that repeats only its start', async () => {
    const response = await get(`/api/v1/cases/${'x'.repeat(5000)}`);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(JSON.parse(text).errors).toEqual([
      { in: 'path', pointer: '#/id', detail: expect.stringMatching(/100 characters; got "x{59}…"$/) },
    ]);
    // The path comes back once, as the problem's `instance` (RFC 9457); the messages repeat only its start.
    expect(text.match(/x{101,}/g)).toEqual([expect.stringMatching(/^x{5000}$/)]);
    expect(text.length).toBeLessThan(5000 + 1000);
  });
});

describe('GET /api/v1/cases', () => {
  type List = {
    total: number;
    limit: number;
    offset: number;
    records: { id: string; kind: string; year?: number; function?: string[]; domain?: string }[];
  };
  const list = async (query: string) => {
    const response = await get(`/api/v1/cases${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as List;
  };

  it('filters by kind', async () => {
    const body = await list('?kind=measure&limit=500');
    expect(body.total).toBeGreaterThanOrEqual(4);
    expect(body.records.every((r) => r.kind === 'measure')).toBe(true);
  });

  it('filters by function value and by function family', async () => {
    const links = await list('?function=communication-link&limit=500');
    expect(links.records.map((r) => r.id)).toContain('us-ussr-hotline-mou-1963');
    expect(links.records.every((r) => r.function?.includes('communication-link'))).toBe(true);
    const family = await list('?function=communication&limit=500');
    expect(family.total).toBeGreaterThanOrEqual(links.total);
  });

  it('filters by domain, including narrower values', async () => {
    const military = await list('?domain=military&limit=500');
    const ids = military.records.map((r) => r.id);
    expect(ids).toContain('us-ussr-incsea-1972');
    expect(ids).toContain('us-ussr-hotline-mou-1963');
    expect(ids).not.toContain('ai-terminology-dialogue');
  });

  it('filters by years and words', async () => {
    const eighties = await list('?kind=mechanism&from=1980&to=1989&limit=500');
    expect(eighties.records.every((r) => r.year !== undefined && r.year >= 1980 && r.year <= 1989)).toBe(true);
    expect(eighties.records.map((r) => r.id)).toContain('jve-1988');
    const words = await list('?q=glossary%20nuclear');
    expect(words.records.map((r) => r.id)).toContain('cisac-csgac-nuclear-security-glossary-2008');
  });

  it('paginates', async () => {
    const all = await list('?limit=500');
    const page = await list('?limit=3&offset=2');
    expect(page).toMatchObject({ limit: 3, offset: 2, total: all.total });
    expect(page.records.map((r) => r.id)).toEqual(all.records.slice(2, 5).map((r) => r.id));
  });

  it('rejects bad parameters with a 422 listing each one by JSON pointer', async () => {
    const response = await get('/api/v1/cases?kind=treaty&from=abc&limit=0');
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors?.map((e) => e.pointer).sort()).toEqual(['#/from', '#/kind', '#/limit']);
    expect(body.errors?.every((e) => e.in === 'query')).toBe(true);
    expect(body.errors?.find((e) => e.pointer === '#/kind')?.detail).toBe(
      'expected one of mechanism, measure, event, actor, technology, verdict; got "treaty"',
    );
  });

  it('rejects a function or domain the codebook does not know', async () => {
    const response = await get('/api/v1/cases?function=telepathy&domain=atlantis');
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors?.map((e) => e.pointer)).toEqual(['#/function', '#/domain']);
  });
});

describe('GET /api/v1/codebook and the OpenAPI description', () => {
  it('serves the codebook with features and presets', async () => {
    const body = (await (await get('/api/v1/codebook')).json()) as {
      codebook: { features: { id: string }[]; presets: { id: string }[] };
    };
    expect(body.codebook.features.length).toBeGreaterThanOrEqual(15);
    expect(body.codebook.presets.map((p) => p.id)).toContain('feasible-under-low-trust');
  });

  it('serves an OpenAPI 3.1 document describing every route', async () => {
    const doc = (await (await get('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/codebook']),
    );
  });

  it('serves the interactive reference from our own assets, not a CDN', async () => {
    const response = await get('/api/v1/reference');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/vendor/swagger-ui/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
  });
});

describe('errors on any route', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const response = await get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(((await problemOf(response)) as { instance?: string }).instance).toBe('/api/v1/nothing-here');
  });

  it('answers a wrong method with 405 and the allowed methods', async () => {
    const response = await get('/api/v1/health', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('GET');
    await problemOf(response);
  });
});

describe('record pages', () => {
  it('renders a record page with citation meta tags and its sources', async () => {
    const response = await get('/cases/us-ussr-incsea-1972');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      '<meta name="citation_title" content="Agreement on the Prevention of Incidents On and Over the High Seas">',
    );
    expect(html).toContain('application/ld+json');
    expect(html).toContain('Annual review consultations');
  });

  it('gives an unknown record a proper 404 page', async () => {
    const response = await get('/cases/no-such-case-1900');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('No such record');
    const long = await (await get(`/cases/${'x'.repeat(5000)}`)).text();
    expect(long).toContain(`<code>${'x'.repeat(100)}…</code>`);
    expect(long).not.toContain('x'.repeat(101));
  });
});

describe('POST /api/v1/match', () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    get('/api/v1/match', { method: 'POST', headers, body });
  type Match = {
    datasetVersion: string;
    engineVersion: string;
    results: {
      rank: number;
      id: string;
      score: number;
      shared: unknown[];
      disanalogies: unknown[];
      robustness: { topK: number };
    }[];
  };

  it('ranks historical precedents for a measure, with reasons and robustness', async () => {
    const response = await post(JSON.stringify({ measure: 'ai-incident-communication', limit: 5 }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Match;
    expect(body.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(body.results).toHaveLength(5);
    expect(body.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(body.results[0].score).toBeGreaterThanOrEqual(body.results[4].score);
    expect(body.results[0].shared.length).toBeGreaterThan(0);
    expect(body.results.some((r) => r.disanalogies.length > 0)).toBe(true);
  });

  it('gives the same bytes for the same request', async () => {
    const body = JSON.stringify({ text: 'an incident hotline between rival militaries', seed: 5 });
    expect(await (await post(body)).text()).toBe(await (await post(body)).text());
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await post('{"measure": ');
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/Malformed JSON/);
  });

  it('answers a schema violation with a 422 listing each problem by JSON pointer', async () => {
    const response = await post(
      JSON.stringify({ measure: 'ai-incident-communication', limit: 'ten', colour: 'red', weights: { track: -1 } }),
    );
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors?.map((e) => e.pointer).sort()).toEqual(['#/colour', '#/limit', '#/weights/track']);
    expect(body.errors?.every((e) => e.in === 'body')).toBe(true);
  });

  it('answers a request the engine cannot serve with a 422 naming the field', async () => {
    const response = await post(JSON.stringify({ measure: 'no-such-measure', preset: 'nope' }));
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors?.map((e) => e.pointer)).toEqual(['#/measure', '#/preset']);
  });

  it('refuses a body that is too large with 413', async () => {
    const response = await post(JSON.stringify({ text: 'x'.repeat(70_000) }));
    expect(response.status).toBe(413);
    await problemOf(response);
  });
});

describe('GET /api/v1/match and /api/v1/compare', () => {
  it('serves the same ranking as a GET', async () => {
    const response = await get('/api/v1/match?measure=ai-terminology-dialogue&limit=3&preset=function');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { query: { preset: string }; results: unknown[] };
    expect(body.query.preset).toBe('function');
    expect(body.results).toHaveLength(3);
  });

  it('compares two records feature by feature', async () => {
    const response = await get('/api/v1/compare?a=us-ussr-hotline-mou-1963&b=ai-incident-communication');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { features: { feature: string; a: unknown; b: unknown }[]; score: number };
    expect(body.features.find((f) => f.feature === 'function')?.a).toMatchObject({ value: ['communication-link'] });
    expect(body.score).toBeGreaterThan(0);
  });

  it('answers an unknown record in a comparison with 422', async () => {
    const response = await get('/api/v1/compare?a=us-ussr-hotline-mou-1963&b=nothing-here');
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((e) => e.pointer)).toEqual(['#/b']);
  });
});

describe('engine v2 over HTTP', () => {
  type Ranked = { id: string; family: { id: string; members: { id: string }[] } };
  type Body = {
    results: Ranked[];
    contemporary: Ranked[];
    notice?: string;
    query: { understanding: { level: string; unrecognised: string[] } };
  };

  it('groups lineage families by default and gives the flat ranking with group=none', async () => {
    const grouped = (await (await get('/api/v1/match?measure=ai-crisis-hotline&limit=50&runs=0')).json()) as Body;
    const hotline = grouped.results.filter((r) => r.family.id === 'us-ussr-hotline-mou-1963');
    expect(hotline).toHaveLength(1);
    expect(hotline[0].family.members).toHaveLength(2);
    const flat = (await (
      await get('/api/v1/match?measure=ai-crisis-hotline&limit=50&runs=0&group=none')
    ).json()) as Body;
    expect(flat.results.filter((r) => r.family.id === 'us-ussr-hotline-mou-1963')).toHaveLength(3);
    expect(grouped.contemporary.length).toBeGreaterThan(0);
  });

  it('answers words it cannot understand with 200, no ranking and a notice; and will not pin them', async () => {
    const response = await get('/api/v1/match?text=zzzz%20qqqq');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.query.understanding).toMatchObject({ level: 'none', unrecognised: ['zzzz', 'qqqq'] });
    expect(body.results).toEqual([]);
    expect(body.contemporary).toEqual([]);
    expect(body.notice).toMatch(/Nothing in these words matched/);
    const mint = await get('/api/v1/permalinks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'zzzz qqqq' }),
    });
    expect(mint.status).toBe(422);
    expect((await problemOf(mint)).errors?.map((e) => e.pointer)).toEqual(['#/text']);
  });

  it.each([
    ['group=flat', '#/group'],
    ['era=bronze-age', '#/era'],
    ['from=1980&to=1970', '#/from'],
    ['from=19x0', '#/from'],
  ])('refuses %s with a problem pointing at %s', async (params, pointer) => {
    const response = await get(`/api/v1/match?measure=ai-crisis-hotline&${params}`);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it('says where a record ranks and what separates it from the cutoff', async () => {
    const response = await get('/api/v1/match/explain?measure=ai-crisis-hotline&candidate=us-ussr-incsea-1972&runs=0');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      rank: number;
      cutoff: { rank: number };
      gap: number;
      features: { versusCutoff: number }[];
    };
    expect(body.rank).toBeGreaterThan(body.cutoff.rank);
    expect(body.gap).toBeGreaterThan(0);
    expect(body.features.some((f) => f.versusCutoff < 0)).toBe(true);
  });

  it('answers an unknown candidate with 404 and a non-mechanism with 422, both pointing at candidate', async () => {
    const unknown = await get('/api/v1/match/explain?measure=ai-crisis-hotline&candidate=no-such-record');
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).errors?.map((e) => e.pointer)).toEqual(['#/candidate']);
    const measure = await get('/api/v1/match/explain?measure=ai-crisis-hotline&candidate=ai-terminology-dialogue');
    expect(measure.status).toBe(422);
    expect((await problemOf(measure)).errors?.map((e) => e.pointer)).toEqual(['#/candidate']);
  });
});
