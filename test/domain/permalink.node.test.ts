/** Permalinks: one canonical URL per query and versions; opening it reproduces the ranking byte for byte. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { memoryCitationStore } from '../../src/api/citation-store.ts';
import { recordTemplates, sharedTemplates } from '../../src/citation-renderer/templates.ts';
import { engineVersion } from '../../src/domain/engine-version.ts';
import {
  parsePermalink,
  permalinkHref,
  permalinkId,
  permalinkSearch,
  permalinkStatus,
  type Permalink,
} from '../../src/domain/permalink.ts';
import { realCaseBase } from '../support/case-base.ts';

const caseBase = realCaseBase();
// In Node the app reads citation templates from memory, rendered by the same code as the build step.
const app = createApp(caseBase, {
  citations: memoryCitationStore(
    new Map([
      [
        'ai-crisis-hotline',
        recordTemplates(
          caseBase.records.find((r) => r.id === 'ai-crisis-hotline')!,
          caseBase,
          engineVersion,
        ),
      ],
    ]),
    sharedTemplates(caseBase, engineVersion),
  ),
});
const post = (path: string, body: unknown) =>
  app.request(`http://precedents.test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const get = (path: string) => app.request(`http://precedents.test${path}`);

const permalinkArbitrary: fc.Arbitrary<Permalink> = fc.record(
  {
    query: fc.record(
      {
        measure: fc.constantFrom('ai-crisis-hotline', 'compute-verification'),
        text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
        features: fc.constantFrom<Record<string, string | string[]>>(
          { function: ['communication-link'] },
          { track: '1.5', partiesStructure: 'bilateral' },
        ),
        weights: fc.dictionary(fc.constantFrom('function', 'track', 'obligation'), fc.integer({ min: 0, max: 100 }), {
          minKeys: 1,
        }),
        preset: fc.constantFrom('function', 'feasible-under-low-trust'),
        limit: fc.integer({ min: 1, max: 50 }),
        seed: fc.integer({ min: 0, max: 4294967295 }),
        runs: fc.integer({ min: 0, max: 1000 }),
        textWeight: fc.double({ min: 0, max: 1, noNaN: true }),
        includeMeasures: fc.constant(true),
      },
      { requiredKeys: ['measure', 'seed'] },
    ),
    datasetVersion: fc.stringMatching(/^[0-9a-f]{12}$/),
    engineVersion: fc.constantFrom('1.0.0', '2.10.3'),
    created: fc.option(fc.constantFrom('2026-12-06', '2027-02-28', '2028-02-29'), { nil: undefined }),
  },
  { requiredKeys: ['query', 'datasetVersion', 'engineVersion'] },
);

describe('permalink URLs', () => {
  it('read back exactly what they pin', () => {
    fc.assert(
      fc.property(permalinkArbitrary, (permalink) => {
        const parsed = parsePermalink(permalinkSearch(permalink));
        expect(parsed.ok && parsed.permalink).toEqual(permalink);
        expect(permalinkSearch((parsed as { permalink: Permalink }).permalink)).toBe(permalinkSearch(permalink));
      }),
    );
  });

  it('are canonical: the same query in another key order gives the same URL and id', () => {
    const a: Permalink = {
      query: { measure: 'ai-crisis-hotline', weights: { track: 2, function: 3 }, seed: 1 },
      datasetVersion: 'abcdefabcdef',
      engineVersion: '1.0.0',
    };
    const b: Permalink = {
      query: { seed: 1, weights: { function: 3, track: 2 }, measure: 'ai-crisis-hotline' },
      datasetVersion: 'abcdefabcdef',
      engineVersion: '1.0.0',
    };
    expect(permalinkHref(a)).toBe(permalinkHref(b));
    expect(permalinkId(a)).toBe(permalinkId(b));
    expect(permalinkHref(a)).toBe(
      '/compare?m=ai-crisis-hotline&w=%7B%22function%22%3A3%2C%22track%22%3A2%7D&s=1&v=abcdefabcdef&e=1.0.0',
    );
  });

  it('always pin a seed, so a later default cannot change the result', () => {
    expect(permalinkSearch({ query: { measure: 'x' }, datasetVersion: 'abcdefabcdef', engineVersion: '1.0.0' })).toBe(
      'm=x&s=1&v=abcdefabcdef&e=1.0.0',
    );
  });

  it.each([
    ['m=ai-crisis-hotline&s=1&v=abc&e=1.0.0', 'v'],
    ['m=ai-crisis-hotline&s=1&v=abcdefabcdef', 'e'],
    ['s=1&v=abcdefabcdef&e=1.0.0', 'm'],
    ['m=ai-crisis-hotline&f=[1]&v=abcdefabcdef&e=1.0.0', 'f'],
    ['m=ai-crisis-hotline&w={"track":-1}&v=abcdefabcdef&e=1.0.0', 'w'],
    ['m=ai-crisis-hotline&n=0&v=abcdefabcdef&e=1.0.0', 'n'],
    ['m=ai-crisis-hotline&s=1&v=abcdefabcdef&e=1.0.0&d=2026-13-01', 'd'],
    ['m=ai-crisis-hotline&s=1&v=abcdefabcdef&e=1.0.0&d=6.12.2026', 'd'],
  ])('reject %s, naming %s', (search, param) => {
    const parsed = parsePermalink(search);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.param)).toContain(param);
  });

  it('carry the day they were made, as part of what they pin (and of their id)', () => {
    const undated: Permalink = {
      query: { measure: 'x', seed: 1 },
      datasetVersion: 'abcdefabcdef',
      engineVersion: '1.0.0',
    };
    const dated: Permalink = { ...undated, created: '2026-12-06' };
    expect(permalinkSearch(dated)).toBe('m=x&s=1&v=abcdefabcdef&e=1.0.0&d=2026-12-06');
    expect(parsePermalink(permalinkSearch(dated))).toEqual({ ok: true, permalink: dated });
    expect(permalinkId(dated)).not.toBe(permalinkId(undated));
    // A permalink made before they carried a date still opens, undated, with its id unchanged.
    expect(parsePermalink('m=x&s=1&v=abcdefabcdef&e=1.0.0')).toEqual({ ok: true, permalink: undated });
  });

  it('say plainly which version changed', () => {
    const permalink: Permalink = {
      query: { measure: 'x', seed: 1 },
      datasetVersion: 'aaaaaaaaaaaa',
      engineVersion: '1.0.0',
    };
    expect(permalinkStatus(permalink, { datasetVersion: 'aaaaaaaaaaaa', engineVersion: '1.0.0' })).toMatchObject({
      reproduced: true,
      changes: [],
    });
    const both = permalinkStatus(permalink, { datasetVersion: 'bbbbbbbbbbbb', engineVersion: '1.1.0' });
    expect(both).toMatchObject({ reproduced: false, changes: ['dataset', 'engine'] });
    expect(both.message).toContain('dataset version aaaaaaaaaaaa (dataset version bbbbbbbbbbbb is served here)');
    expect(both.message).toContain('engine version 1.0.0 (engine version 1.1.0 runs here)');
  });
});

describe('opening a permalink', () => {
  const requests = [
    { measure: 'ai-crisis-hotline' },
    { measure: 'compute-verification', preset: 'function', seed: 99, limit: 7, runs: 50 },
    { text: 'a hotline between rival militaries to clarify AI incidents', textWeight: 0.5, seed: 3 },
    {
      features: { function: ['communication-link'], partiesStructure: 'bilateral' },
      weights: { function: 5, track: 0 },
      includeMeasures: true,
    },
  ];

  it.each(requests.map((r) => [JSON.stringify(r), r] as const))(
    'reproduces %s byte for byte',
    async (_name, request) => {
      const direct = await (await post('/api/v1/match', request)).text();
      const minted = (await (await post('/api/v1/permalinks', request)).json()) as {
        href: string;
        datasetVersion: string;
        engineVersion: string;
      };
      expect(minted.datasetVersion).toBe(caseBase.datasetVersion);
      expect(minted.engineVersion).toBe(engineVersion);
      const search = minted.href.slice(minted.href.indexOf('?'));
      const first = (await (await get(`/api/v1/permalinks/resolve${search}`)).json()) as {
        status: { reproduced: boolean };
        result: unknown;
      };
      const again = (await (await get(`/api/v1/permalinks/resolve${search}`)).json()) as { result: unknown };
      expect(first.status.reproduced).toBe(true);
      expect(JSON.stringify(first.result)).toBe(direct);
      expect(JSON.stringify(again.result)).toBe(direct);
    },
  );

  it('cites the comparison with its pinned versions, even after they changed', async () => {
    const response = await get(
      '/api/v1/permalinks/cite?m=ai-crisis-hotline&s=1&v=0123456789ab&e=0.9.0&format=chicago&accessed=2026-07-08',
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      `Precedents contributors. n.d. “AI crisis hotline: Computed Comparison with Historical Precedents.” Computed comparison ${permalinkId({ query: { measure: 'ai-crisis-hotline', seed: 1 }, datasetVersion: '0123456789ab', engineVersion: '0.9.0' })}. ` +
        'Precedents, dataset version 0123456789ab, engine version 0.9.0. Accessed July 8, 2026. http://precedents.test/compare?m=ai-crisis-hotline&s=1&v=0123456789ab&e=0.9.0.\n',
    );
  });

  it('reports a query that no longer computes after a change, rather than failing', async () => {
    const body = (await (
      await get('/api/v1/permalinks/resolve?m=a-measure-that-is-gone&s=1&v=0123456789ab&e=1.0.0')
    ).json()) as { status: { reproduced: boolean }; result: null; problems: { pointer: string }[] };
    expect(body.status.reproduced).toBe(false);
    expect(body.result).toBeNull();
    expect(body.problems[0].pointer).toBe('#/measure');
  });
});

describe('a permalink pinned to an older release', () => {
  const releases = [
    { name: '2026.11', date: '2026-11-28', datasetVersion: 'a99a52335502', summary: 'First.', added: [], retired: [] },
    { name: '2026.12', date: '2026-12-06', datasetVersion: '0123456789ab', summary: 'Second.', added: [], retired: [] },
  ];
  const pinnedTo = (datasetVersion: string) => ({
    query: { measure: 'ai-crisis-hotline', seed: 1 },
    datasetVersion,
    engineVersion: '2.0.0',
  });

  it('links to the release notes that separate it from today', () => {
    const status = permalinkStatus(
      pinnedTo('a99a52335502'),
      { datasetVersion: '0123456789ab', engineVersion: '2.0.0' },
      releases,
    );
    expect(status.reproduced).toBe(false);
    expect(status.pinnedRelease).toEqual({
      name: '2026.11',
      notes: '/releases#release-2026.11',
      changes: '/api/v1/releases/changes?since=2026.11',
    });
    expect(status.message).toContain('release 2026.11');
  });

  it('says when the pinned version is no named release, and names none when the dataset is the same', () => {
    const unnamed = permalinkStatus(
      pinnedTo('fedcba987654'),
      { datasetVersion: '0123456789ab', engineVersion: '2.0.0' },
      releases,
    );
    expect(unnamed.pinnedRelease).toBeUndefined();
    expect(unnamed.message).toContain('not a named release');
    const same = permalinkStatus(
      pinnedTo('0123456789ab'),
      { datasetVersion: '0123456789ab', engineVersion: '2.0.0' },
      releases,
    );
    expect(same.reproduced).toBe(true);
    expect(same.message).not.toContain('/releases');
  });
});

describe('minting a permalink', () => {
  it('dates it by the day it is made, and its citation by that day', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const minted = (await (await post('/api/v1/permalinks', { measure: 'ai-crisis-hotline' })).json()) as {
      href: string;
      created: string;
    };
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(minted.created);
    expect(minted.href).toMatch(new RegExp(`&d=${minted.created}$`));
    const apa = await (
      await get(`/api/v1/permalinks/cite${minted.href.slice('/compare'.length)}&format=apa&accessed=2026-12-31`)
    ).text();
    expect(apa).toMatch(
      new RegExp(`^Precedents contributors\\. \\(${minted.created.slice(0, 4)}\\)\\. AI crisis hotline: `),
    );
  });
});
