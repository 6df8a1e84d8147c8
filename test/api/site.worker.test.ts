/** The site's ways on, inside workerd: 404s by who is asking, guessed addresses, record and actor pages, /list. */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string, accept?: string) =>
  exports.default.fetch(
    new Request(`http://precedents.test${path}`, { headers: accept ? { Accept: accept } : {}, redirect: 'manual' }),
  );
const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const rows = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)">/g)].map((m) => m[1]);

describe('a missing page', () => {
  it('is an HTML page with the navigation and a search box for a browser', async () => {
    const response = await get('/nope', browser);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<nav aria-label="Main">');
    expect(html).toMatch(/<form[^>]*action="\/list"[^>]*role="search"/);
    expect(html).toContain('name="q" type="search"');
  });

  it('is still a problem document for an API client', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const response = await get('/nope', accept);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    }
  });
});

describe('guessed addresses', () => {
  it('go where the reader meant', async () => {
    for (const [from, to] of [
      ['/list/', '/list'],
      ['/about/', '/about'],
      ['/cases/', '/list'],
      ['/cases', '/list'],
      ['/list/?q=hotline', '/list?q=hotline'],
    ]) {
      const response = await get(from, browser);
      expect(response.status, from).toBe(301);
      expect(
        new URL(response.headers.get('Location')!, 'http://precedents.test').pathname +
          new URL(response.headers.get('Location')!, 'http://x').search,
      ).toBe(to);
    }
    const api = await get('/api/v1', browser);
    expect(api.status).toBe(302);
    expect(api.headers.get('Location')).toBe('/api/v1/reference');
    const index = (await (await get('/api/v1', 'application/json')).json()) as { openapi: string };
    expect(index.openapi).toBe('/api/v1/openapi.json');
  });
});

describe('/about', () => {
  it('has an anchor for every problem type the API can return', async () => {
    const html = await (await get('/about')).text();
    const types = new Set<string>();
    for (const path of ['/nope', '/api/v1/cases/no-such-record', '/api/v1/cases?limit=0']) {
      const body = (await (await get(path)).json()) as { type: string };
      types.add(body.type);
    }
    for (const type of [
      'not-found',
      'invalid-request',
      'too-many-requests',
      'malformed-request',
      'method-not-allowed',
      'internal-error',
    ])
      types.add(`/about#problem-${type}`);
    for (const type of types) {
      expect(type).toMatch(/^\/about#problem-/);
      expect(html).toContain(`id="${type.split('#')[1]}"`);
    }
  });
});

describe('a record page', () => {
  it('has an infobox and the ways on: the map with it selected and its closest precedents', async () => {
    const html = await (await get('/cases/us-ussr-incsea-1972')).text();
    expect(html).toMatch(/<table class="infobox">/);
    for (const label of ['Signed or started', 'Status', 'Parties', 'Legal form'])
      expect(html).toContain(`<th scope="row">${label}</th>`);
    expect(html).toContain('href="/?select=us-ussr-incsea-1972"');
    expect(html).toContain('href="/compare?measure=us-ussr-incsea-1972"');
  });

  it('of an actor lists the agreements it is party to and the events it took part in', async () => {
    const html = await (await get('/cases/us')).text();
    const section = (id: string) =>
      html.slice(html.indexOf(`id="${id}"`), html.indexOf('</ul>', html.indexOf(`id="${id}"`)));
    expect(section('agreements')).toContain('href="/cases/us-ussr-incsea-1972"');
    expect(section('events')).toContain('href="/cases/cuban-missile-crisis-1962"');
    expect(section('agreements')).not.toContain('href="/cases/cuban-missile-crisis-1962"');
  });
});

describe('/list', () => {
  it('finds records by a common name, with a typo, or by an unfinished word', async () => {
    expect(rows(await (await get('/list?q=Caribbean+crisis')).text())).toContain('cuban-missile-crisis-1962');
    expect(rows(await (await get('/list?q=Cuban+missle+crisis')).text())).toContain('cuban-missile-crisis-1962');
    expect(rows(await (await get('/list?q=INCSEA')).text())).toContain('us-ussr-incsea-1972');
    expect(rows(await (await get('/list?q=the+Hotline')).text())).toContain('us-ussr-hotline-mou-1963');
  });

  it('never shows two rows with the same name', async () => {
    const html = await (await get('/list')).text();
    const names = [...html.matchAll(/<th scope="row"><a href="\/cases\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(100);
    expect(new Set(names).size).toBe(names.length);
  });

  it('says so when nothing matches', async () => {
    const html = await (await get('/list?q=zzzzqqqq')).text();
    expect(rows(html)).toHaveLength(0);
    expect(html).toContain('No record matches “zzzzqqqq”');
  });

  it('offers the rows shown as CSV, the same rows in the same order', async () => {
    const html = await (await get('/list?kind=mechanism&sort=year')).text();
    const link = /href="(\/list\.csv\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toBeDefined();
    const response = await get(link!);
    expect(response.headers.get('Content-Type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,kind,year,function,domain,status,page');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(rows(html));
  });
});
