import { describe, expect, it } from 'vitest';
import { readSurvey, splitOf, surveyCoverage, type SurveyLine } from '../../scripts/eval-survey.ts';
import { realCaseBase } from '../support/case-base.ts';

const caseBase = realCaseBase();

describe('the survey of published analogies (eval/literature-precedents.jsonl)', () => {
  const lines = readSurvey();

  it('parses, with each line in the half its id hashes to', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split).toBe(splitOf(line.id));
  });

  it('gives every out-of-scope precedent with an id an entry in cases/out-of-scope.yaml, and no in-scope one', () => {
    const outOfScope = new Set((caseBase.outOfScope ?? []).map((m) => m.id));
    for (const line of lines)
      for (const p of line.precedents) {
        if (p.id === undefined) continue;
        expect(outOfScope.has(p.id), `${line.id}: ${p.id}`).toBe(!p.inScope);
      }
  });
});

describe('surveyCoverage', () => {
  const line = (id: string, precedents: SurveyLine['precedents']): SurveyLine => ({
    id,
    measure: 'm',
    precedents,
    stance: 'for',
    author: 'a',
    title: 't',
    year: 2023,
    passage: 'p',
    split: splitOf(id),
  });

  it('counts distinct precedents by id against the compiled case-base, overall and in scope', () => {
    const c = surveyCoverage(
      [
        line('a', [
          { name: 'IAEA', id: 'iaea-1957', inScope: true },
          { name: 'Manhattan Project', id: 'manhattan-project', inScope: false },
        ]),
        line('b', [
          { name: 'the IAEA', id: 'iaea-1957', inScope: true },
          { name: 'A board', id: 'not-yet-1967', inScope: true },
        ]),
        line('c', [{ name: 'Gromyko Plan', inScope: true }]),
      ],
      caseBase,
    );
    expect(c).toMatchObject({ named: 4, present: 1, inScopeNamed: 3, inScopePresent: 1 });
    expect(c).toMatchObject({ mentions: 5, mentionsPresent: 2 });
    expect(c.missing.map((m) => m.key)).toEqual(['name:gromyko plan', 'not-yet-1967']);
  });
});
