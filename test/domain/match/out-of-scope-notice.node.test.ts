/** A query that names a model the case-base leaves out is told so, and pointed at the closest records in scope. */
import { describe, expect, it } from 'vitest';
import { match } from '../../../src/domain/match/match.ts';
import { realCaseBase } from '../../support/case-base.ts';

const caseBase = realCaseBase();
const ask = (text: string) => {
  const answer = match(caseBase, { text, runs: 0 });
  if (!answer.ok) throw new Error(JSON.stringify(answer.problems));
  return answer.response;
};

describe('out-of-scope models named in a query', () => {
  it('says the model is out of scope, why, and which records in scope are closest', () => {
    const response = ask('a Manhattan Project for AI run by one government');
    const [mention] = response.query.understanding.outOfScope;
    expect(mention.id).toBe('manhattan-project');
    expect(mention.phrase).toMatch(/^Manhattan Project/);
    expect(mention.closest.length).toBeGreaterThan(0);
    for (const id of mention.closest) expect(caseBase.records.some((r) => r.id === id)).toBe(true);
    expect(response.notice).toContain('Manhattan Project');
    expect(response.notice).toContain('outside the case-base');
    const closestName = caseBase.records.find((r) => r.id === mention.closest[0])!.shortName;
    expect(response.notice).toContain(closestName);
    expect(response.query.understanding.unrecognised.map((w) => w.toLowerCase())).not.toContain('manhattan');
  });

  it('reports the precedents a query names, and says nothing of scope when none is out of it', () => {
    const response = ask('an incidents at sea agreement like INCSEA for military AI systems');
    expect(response.query.understanding.outOfScope).toEqual([]);
    expect(response.query.understanding.named.map((n) => n.id)).toContain('us-ussr-incsea-1972');
    expect(response.notice ?? '').not.toContain('outside the case-base');
  });
});
