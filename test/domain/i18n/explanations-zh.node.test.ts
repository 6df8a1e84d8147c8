/**
 * The engine's sentences in Chinese (lang=zh): shared features, disanalogies and notices are written from the
 * codebook's Chinese labels; a record's Chinese short name is used where it has one, its English where not;
 * the ranking itself does not change with the language; and the same request gives the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { indexCodebook } from '../../../src/domain/codebook-index.ts';
import { compareRecords } from '../../../src/domain/match/compare-records.ts';
import { match } from '../../../src/domain/match/match.ts';
import { sentencesZh } from '../../../src/domain/match/sentences-zh.ts';
import { zhFixture, zhOf } from './zh-fixture.ts';

const caseBase = zhFixture();
const index = indexCodebook(caseBase.codebook);
const weights = Object.fromEntries(
  caseBase.codebook.features.map((f) => [f.id, ['function', 'partiesStructure', 'track'].includes(f.id) ? 1 : 0]),
);
const zhLabel = (feature: string) => index.byId.get(feature)!.feature.zh!.label;
const zhValue = (feature: string, value: string) =>
  index.byId.get(feature)!.feature.values.find((v) => v.id === value)!.zh!.label;

function run(lang?: 'en' | 'zh') {
  const result = match(caseBase, { measure: 'q', weights, runs: 30 }, lang);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.response;
}

describe('match with lang=zh', () => {
  const zh = run('zh');
  const en = run();
  const byId = new Map(zh.results.map((r) => [r.id, r]));

  it('ranks exactly as in English: the language changes the words, not the numbers', () => {
    const numbers = (r: typeof zh) =>
      r.results.map(({ id, score, similarity, coverage, robustness }) => ({
        id,
        score,
        similarity,
        coverage,
        robustness,
      }));
    expect(numbers(zh)).toEqual(numbers(en));
    expect(zh.query.lang).toBe('zh');
    expect(en.query.lang).toBeUndefined();
  });

  it('writes a disanalogy from the codebook’s Chinese labels, naming a record without Chinese in English', () => {
    const cousin = byId.get('cousin')!;
    const track = cousin.disanalogies.find((p) => p.feature === 'track')!;
    expect(track.label).toBe(zhLabel('track'));
    expect(track.query.label).toBe(zhValue('track', '1'));
    expect(track.precedent.label).toBe(zhValue('track', '2'));
    expect(track.text).toBe(
      `${zhLabel('track')}：Test q 为${zhValue('track', '1')}，而 Test cousin 为${zhValue('track', '2')}。`,
    );
  });

  it('names a record by its Chinese short name where it has one', () => {
    const alone = match(caseBase, { measure: 'q', weights, runs: 0, group: 'none' }, 'zh');
    if (!alone.ok) throw new Error(JSON.stringify(alone.problems));
    const heir = alone.response.results.find((r) => r.id === 'heir')!;
    expect(heir.disanalogies.length).toBeGreaterThan(0);
    for (const p of heir.disanalogies) expect(p.text).toContain(`而${zhOf.heir.shortName}为`);
    const sentences = alone.response.results.flatMap((r) => [...r.shared, ...r.disanalogies].map((p) => p.text));
    expect(sentences.join(' ')).not.toContain('Test heir');
  });

  it('says a shared value once, in Chinese', () => {
    const twin = byId.get('twin')!;
    const fn = twin.shared.find((p) => p.feature === 'function')!;
    expect(fn.text).toBe(`${zhLabel('function')}：两者皆为${zhValue('function', 'communication-link')}。`);
  });

  it('gives the same bytes for the same request', () => {
    expect(JSON.stringify(run('zh'))).toBe(JSON.stringify(zh));
  });

  it('writes the notice in Chinese when nothing was understood', () => {
    const result = match(caseBase, { text: 'zzzz qqqq' }, 'zh');
    expect(result.ok && result.response.notice).toBe(sentencesZh.understandingNone);
  });
});

describe('compare with lang=zh', () => {
  it('labels every feature and value in Chinese and names the records in Chinese where they have it', () => {
    const result = compareRecords(caseBase, 'heir', 'twin', { weights }, 'zh');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    for (const f of result.response.features) expect(f.label).toBe(zhLabel(f.feature));
    const texts = result.response.disanalogies.map((p) => p.text).join(' ');
    expect(texts).toContain(zhOf.heir.shortName);
    expect(texts).toContain(zhOf.twin.shortName);
  });
});
