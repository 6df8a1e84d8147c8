/**
 * `lang=zh` in workerd, on every door of the comparison: POST and GET /api/v1/match, /api/v1/compare and
 * permalinks. The sentences come from the codebook's Chinese labels, the ranking is the English one, the same
 * request gives the same bytes, an unknown language is a 422 naming the parameter, and a permalink carries its
 * language (in its address and its id). The Chinese pages are served with their alternates.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import caseBase from '../../src/generated/casebase.js';

const request = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://precedents.test${path}`, init));
const post = (path: string, body: unknown) =>
  request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

type Point = { feature: string; label: string; text: string; query: { label: string }; precedent: { label: string } };
type Ranking = {
  query: { lang?: string };
  notice?: string;
  results: { id: string; score: number; shared: Point[]; disanalogies: Point[] }[];
};
const features = new Map(caseBase.codebook.features.map((f) => [f.id, f]));
const body = { measure: 'ai-crisis-hotline', preset: 'function', limit: 5, runs: 20 };

describe('POST /api/v1/match?lang=zh', () => {
  it('writes shared features and disanalogies from the codebook’s Chinese labels, ranking as in English', async () => {
    const zhResponse = await post('/api/v1/match?lang=zh', body);
    expect(zhResponse.status).toBe(200);
    const zh = (await zhResponse.json()) as Ranking;
    const en = (await (await post('/api/v1/match', body)).json()) as Ranking;
    expect(zh.results.map((r) => [r.id, r.score])).toEqual(en.results.map((r) => [r.id, r.score]));
    expect(zh.query.lang).toBe('zh');
    const points = zh.results.flatMap((r) => [...r.shared, ...r.disanalogies]);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      const feature = features.get(p.feature)!;
      expect(p.label).toBe(feature.zh?.label ?? feature.label);
      expect(p.text.startsWith(`${p.label}：`)).toBe(true);
      expect(p.text).toContain(p.precedent.label);
    }
    // English labels of the same points are gone from the Chinese sentences.
    const englishLabels = new Set(en.results.flatMap((r) => [...r.shared, ...r.disanalogies]).map((p) => p.label));
    for (const label of englishLabels) expect(points.some((p) => p.text.startsWith(`${label}:`))).toBe(false);
  });

  it('gives the same bytes for the same request and language', async () => {
    const a = await (await post('/api/v1/match?lang=zh', body)).text();
    const b = await (await post('/api/v1/match?lang=zh', body)).text();
    expect(a).toBe(b);
  });

  it('says in Chinese that nothing was understood', async () => {
    const answer = (await (await post('/api/v1/match?lang=zh', { text: 'zzzz qqqq' })).json()) as Ranking;
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(/^这些词语与编码手册/);
  });

  it('refuses an unknown language with a problem naming the parameter', async () => {
    const response = await post('/api/v1/match?lang=fr', body);
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: { in: string; pointer: string; detail: string }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '#/lang' })]);
  });
});

describe('GET /api/v1/match and /api/v1/compare with lang=zh', () => {
  it('answers GET in Chinese too', async () => {
    const response = await request('/api/v1/match?measure=ai-crisis-hotline&limit=3&runs=0&lang=zh');
    expect(response.status).toBe(200);
    const zh = (await response.json()) as Ranking;
    expect(zh.results[0].shared[0].text).toMatch(/\p{Script=Han}/u);
  });

  it('labels a comparison’s features in Chinese', async () => {
    const response = await request('/api/v1/compare?a=ai-crisis-hotline&b=us-ussr-hotline-mou-1963&lang=zh');
    expect(response.status).toBe(200);
    const comparison = (await response.json()) as { features: { feature: string; label: string }[] };
    for (const f of comparison.features) expect(f.label).toBe(features.get(f.feature)!.zh?.label ?? f.label);
    expect((await request('/api/v1/compare?a=ai-crisis-hotline&b=us-ussr-hotline-mou-1963&lang=de')).status).toBe(422);
  });
});

describe('permalinks in Chinese', () => {
  it('pins the language: its address opens /zh/compare, its id differs, and it resolves in Chinese', async () => {
    const en = (await (await post('/api/v1/permalinks', body)).json()) as { id: string; href: string };
    const zhResponse = await post('/api/v1/permalinks?lang=zh', body);
    expect(zhResponse.status).toBe(200);
    const zh = (await zhResponse.json()) as { id: string; href: string };
    expect(zh.href.startsWith('/zh/compare?')).toBe(true);
    expect(zh.href).toContain('lang=zh');
    expect(en.href).not.toContain('lang=');
    expect(zh.id).not.toBe(en.id);
    const resolved = (await (
      await request(`/api/v1/permalinks/resolve${zh.href.slice(zh.href.indexOf('?'))}`)
    ).json()) as { result: Ranking };
    expect(resolved.result.query.lang).toBe('zh');
    expect(resolved.result.results[0].shared[0].text).toMatch(/\p{Script=Han}/u);
  });

  it('refuses a permalink in a language it does not speak, naming the parameter', async () => {
    const en = (await (await post('/api/v1/permalinks', body)).json()) as { href: string };
    const response = await request(`/api/v1/permalinks/resolve${en.href.slice(en.href.indexOf('?'))}&lang=xx`);
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((e) => e.pointer)).toEqual(['#/lang']);
  });
});

describe('the Chinese pages from the Worker', () => {
  const html = (path: string, headers: Record<string, string> = {}) =>
    request(path, { headers: { Accept: 'text/html', ...headers } });

  for (const [zh, en] of [
    ['/zh/list', '/list'],
    ['/zh/about', '/about'],
    ['/zh/cases/us-ussr-hotline-mou-1963', '/cases/us-ussr-hotline-mou-1963'],
  ]) {
    it(`${zh} is zh-Hans and names ${en} as its English twin, which names it back`, async () => {
      const zhPage = await html(zh);
      expect(zhPage.status).toBe(200);
      const zhText = await zhPage.text();
      const enText = await (await html(en)).text();
      expect(zhText).toContain('<html lang="zh-Hans">');
      for (const text of [zhText, enText]) {
        expect(text).toContain(`<link rel="alternate" hreflang="en" href="${en}">`);
        expect(text).toContain(`<link rel="alternate" hreflang="zh-Hans" href="${zh}">`);
      }
    });
  }

  it('answers a missing /zh/ page in Chinese, and a missing page in Chinese for a reader who prefers it', async () => {
    const missing = await html('/zh/no-such-page');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html lang="zh-Hans">');
    const preferred = await html('/no-such-page', { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    expect(await preferred.text()).toContain('<html lang="zh-Hans">');
    expect(preferred.headers.get('Vary')).toContain('Accept-Language');
    expect(await (await html('/no-such-page', { 'Accept-Language': 'en-GB' })).text()).toContain('<html lang="en">');
  });
});
