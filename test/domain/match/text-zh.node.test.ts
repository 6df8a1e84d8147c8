/**
 * Chinese and mixed Chinese–English free text on the real codebook and case-base: words found by the
 * runtime's segmenter, Chinese synonyms and concept patterns, negation, the words the reader could not
 * place, and lexical relevance over records' Chinese once they have it.
 */
import { describe, expect, it } from 'vitest';
import { match } from '../../../src/domain/match/match.ts';
import { hanRunEnd, splitHan } from '../../../src/domain/match/text-han.ts';
import { compilePhrases, hanFirstKey } from '../../../src/domain/match/text-patterns.ts';
import { tokenise } from '../../../src/domain/match/text-tokens.ts';
import { lexicalRelevance, readText } from '../../../src/domain/match/text.ts';
import type { CompiledCaseBase } from '../../../src/domain/schema.ts';
import { caseBase, index, read, valuesOf } from './reading.ts';

describe('Chinese words', () => {
  it('are cut by the segmenter, each a written word of the query', () => {
    const { words, tokens } = tokenise('中美之间的人工智能事故热线');
    expect(words.join('|')).toContain('热线');
    expect(words.join('')).toBe('中美之间的人工智能事故热线');
    expect(tokens.every((t) => t.stem === words[t.word])).toBe(true);
  });

  it('stand apart from the Latin letters written against them', () => {
    expect(tokenise('AI安全研究所').words.slice(0, 1)).toEqual(['AI']);
    expect(splitHan('AI安全').map((p) => [p.text, p.han])[0]).toEqual(['AI', false]);
  });

  it('match a phrase by its characters, however the segmenter cut them', () => {
    const chars = [...'人工智能热线'].map((c) => ({ stem: c, sentenceBreak: false }));
    expect(hanRunEnd(chars, 0, '人工智能')).toBe(3);
    const words = ['人工智能', '热线'].map((w) => ({ stem: w, sentenceBreak: false }));
    expect(hanRunEnd(words, 0, '人工智能')).toBe(0);
    // A phrase must end on a word boundary: 人工 is not found inside the word 人工智能.
    expect(hanRunEnd(words, 0, '人工')).toBe(-1);
  });

  it('file a Chinese phrase under its first character, so any cut of the query reaches it', () => {
    const underRen = compilePhrases(index).byFirst.get(hanFirstKey('人工智能')) ?? [];
    expect(underRen.map((p) => p.label)).toContain('人工智能');
    expect(hanFirstKey('人工')).toBe(hanFirstKey('人工智能'));
  });
});

describe('a Chinese query is understood as English is', () => {
  it('recognises 热线, 事故, 人工智能 and 中美', () => {
    const r = read('中美之间的人工智能事故热线');
    expect(valuesOf(r, 'function')).toEqual(['communication-link']);
    expect(valuesOf(r, 'risksAddressed')).toEqual(['accident']);
    expect(valuesOf(r, 'partiesStructure')).toEqual(['bilateral']);
    expect(valuesOf(r, 'domain')).toEqual(['general-purpose-ai']);
    expect(r.recognised.map((x) => x.phrase)).toEqual(expect.arrayContaining(['热线', '事故', '人工智能', '中美']));
    expect(r.unrecognised).toEqual([]);
  });

  it('reports the Chinese words it could not place, and not the particles', () => {
    const r = read('中美之间的量子纠缠热线');
    expect(r.unrecognised.join('')).toContain('量子');
    expect(r.unrecognised).not.toContain('的');
    expect(r.unrecognised).not.toContain('之间');
  });

  it('reads Chinese concept patterns', () => {
    expect(valuesOf(read('视察员前往对方的数据中心'), 'verificationIntensity')).toEqual(['routine-on-site-inspection']);
    expect(valuesOf(read('双方举行桌面推演'), 'function')).toContain('joint-exercise');
    expect(valuesOf(read('提前通报导弹发射'), 'function')).toContain('notification');
  });

  it('reads negation: 不需要 rules a value out; 非 negates its own word only', () => {
    const r = read('不需要现场视察，只要通报导弹发射');
    expect(r.excluded.map((x) => x.value)).toContain('routine-on-site-inspection');
    expect(valuesOf(r, 'function')).toEqual(['notification']);
    const track = read('非政府的科学家对话');
    expect(valuesOf(track, 'track')).toEqual(['2']);
    expect(valuesOf(track, 'function')).toEqual(['expert-dialogue']);
  });

  it('reads a mixed Chinese–English query', () => {
    const r = read('AI实验室之间的 hotline，用于 incident 通报');
    expect(valuesOf(r, 'function')).toEqual(expect.arrayContaining(['communication-link', 'notification']));
    expect(valuesOf(r, 'activation')).toEqual(['event-triggered']);
  });

  it('ranks hotline precedents first for 中美之间的人工智能事故热线', () => {
    const result = match(caseBase, { text: '中美之间的人工智能事故热线', limit: 5, runs: 0 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const top = result.response.results.map((r) => r.id);
    expect(top.filter((id) => /hotline|telephone-link|communication/.test(id)).length).toBeGreaterThanOrEqual(3);
    expect(result.response.results[0].score).toBeGreaterThan(0);
  });
});

describe('records and technologies named in Chinese, once they have Chinese', () => {
  const withChinese: CompiledCaseBase = {
    ...caseBase,
    records: caseBase.records.map((r) => {
      if (r.id === 'us-ussr-hotline-mou-1963')
        return {
          ...r,
          zh: { name: '美苏关于建立直接通信线路的谅解备忘录', shortName: '美苏热线（1963）' },
        } as unknown as typeof r;
      if (r.kind === 'technology' && r.id === 'frontier-ai-2020s')
        return { ...r, synonyms: [...r.synonyms, '前沿人工智能'] };
      return r;
    }),
  };

  it('finds a record by its Chinese short name, whatever the segmenter does with it', () => {
    const r = readText(index, withChinese, '一个类似美苏热线的人工智能机制');
    expect(r.namedRecords).toEqual([{ phrase: '美苏热线', id: 'us-ussr-hotline-mou-1963' }]);
    expect(read('一个类似美苏热线的人工智能机制').namedRecords).toEqual([]);
  });

  it('finds a technology by a Chinese synonym, and not when the words negate it', () => {
    expect(readText(index, withChinese, '前沿人工智能的事故热线').technology?.id).toBe('frontier-ai-2020s');
    expect(readText(index, withChinese, '不是前沿人工智能').technology).toBeUndefined();
  });
});

describe('lexical relevance over Chinese', () => {
  it('finds a record by the words of its Chinese name, and nothing when no record has Chinese', () => {
    // The real records carry Chinese (issue #12), so the case-base is stripped of it first: one record with
    // the words is found with full relevance, and without any Chinese on the records nothing is found.
    const withoutChinese: CompiledCaseBase = {
      ...caseBase,
      records: caseBase.records.map((r) => ({ ...r, zh: undefined }) as unknown as typeof r),
    };
    const withChinese: CompiledCaseBase = {
      ...withoutChinese,
      records: withoutChinese.records.map((r) =>
        r.id === 'us-ussr-hotline-mou-1963'
          ? ({ ...r, zh: { name: '美苏关于建立直接通信线路的谅解备忘录', summary: '美苏热线' } } as unknown as typeof r)
          : r,
      ),
    };
    expect(lexicalRelevance(withChinese, '直接通信线路').get('us-ussr-hotline-mou-1963')).toBe(1);
    expect(lexicalRelevance(withoutChinese, '直接通信线路').size).toBe(0);
  });
});

describe('understanding a long Chinese query', () => {
  it('counts Chinese words as the reader cuts them, so a query in sentences with punctuation is understood', () => {
    const text =
      '在对手国家之间（或许也在人工智能实验室之间）建立危机热线，以便迅速澄清引发升级的事件是人工智能系统还是人造成的，并相互传达红线。';
    const result = match(caseBase, { text, limit: 10, runs: 0 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { understanding } = result.response.query;
    expect(understanding.level).not.toBe('none');
    expect(understanding.coverage).toBeGreaterThan(0.4);
    // The hotline lineage is one result, shown by whichever member fits best (the family's id is its head's).
    expect(result.response.results.map((r) => r.family?.id ?? r.id)).toContain('us-ussr-hotline-mou-1963');
  });
});
