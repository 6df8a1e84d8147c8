/**
 * Chinese in workerd, the runtime the API is deployed on: the segmenter the reader relies on exists there
 * and cuts Chinese into words, and a Chinese query to POST /api/v1/match is read and ranked.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { splitHan } from '../../src/domain/match/text-han.ts';

const post = (body: unknown) =>
  exports.default.fetch(
    new Request('http://precedents.test/api/v1/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

type Match = {
  query: { features: Record<string, { value: unknown; from: string; matched?: string[] }> };
  results: { rank: number; id: string; score: number }[];
};

describe('Intl.Segmenter in workerd', () => {
  it('exists and cuts Chinese into words, not characters', () => {
    expect(typeof Intl.Segmenter).toBe('function');
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('人工智能事故热线')].map(
      (s) => s.segment,
    );
    expect(words).toContain('热线');
    expect(words.length).toBeLessThan('人工智能事故热线'.length);
    expect(splitHan('AI事故热线').map((p) => p.text)).toEqual(['AI', ...words.slice(words.indexOf('事故'))]);
  });
});

describe('POST /api/v1/match with Chinese text', () => {
  it('reads 热线, 事故, 人工智能 and 中美 and ranks hotline precedents first', async () => {
    const response = await post({ text: '中美之间的人工智能事故热线', limit: 5 });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Match;
    expect(body.query.features.function).toMatchObject({
      value: ['communication-link'],
      from: 'text',
      matched: ['热线'],
    });
    expect(body.query.features.risksAddressed).toMatchObject({ value: ['accident'], matched: ['事故'] });
    expect(body.query.features.partiesStructure).toMatchObject({ value: 'bilateral', matched: ['中美'] });
    expect(body.query.features.domain).toMatchObject({ value: 'general-purpose-ai', matched: ['人工智能'] });
    const top = body.results.map((r) => r.id);
    expect(top.filter((id) => /hotline|telephone-link/.test(id)).length).toBeGreaterThanOrEqual(4);
    expect(body.results[0].score).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same Chinese request', async () => {
    const request = { text: '不需要现场视察，只要提前通报导弹发射', seed: 3 };
    expect(await (await post(request)).text()).toBe(await (await post(request)).text());
  });
});

describe('GET /api/v1/cases', () => {
  it('lists each record with its Chinese name and short name where it has them, so the Chinese workbench names it', async () => {
    const response = await exports.default.fetch(new Request('http://precedents.test/api/v1/cases?kind=measure'));
    const { records } = (await response.json()) as {
      records: { id: string; name: string; zh?: { name: string; shortName?: string } }[];
    };
    const hotline = records.find((r) => r.id === 'ai-crisis-hotline');
    expect(hotline?.zh?.shortName).toMatch(/\p{Script=Han}/u);
    expect(hotline?.zh?.name).toMatch(/\p{Script=Han}/u);
    expect(hotline?.name).not.toMatch(/\p{Script=Han}/u);
  });
});
