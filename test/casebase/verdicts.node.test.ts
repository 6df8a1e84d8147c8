/** Published verdicts: records that compare one measure with one mechanism, shown beside matches and never scored. */
import { describe, expect, it } from 'vitest';
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { match } from '../../src/domain/match/match.ts';
import type { CompiledCaseBase, Verdict } from '../../src/domain/schema.ts';
import { verdictsAbout, verdictsForMatch, verdictsOf, withVerdicts } from '../../src/domain/verdicts.ts';
import { actorsFile, codebookFile, mechanism } from './fixture.ts';
import { realCaseBase } from '../support/case-base.ts';

const caseBase = realCaseBase();
const verdicts = verdictsOf(caseBase);
const byId = new Map(caseBase.records.map((r) => [r.id, r]));

describe('the verdicts of the case-base', () => {
  it('are at least twenty, with all three stances', () => {
    expect(verdicts.length).toBeGreaterThanOrEqual(20);
    expect(new Set(verdicts.map((v) => v.stance))).toEqual(new Set(['supports', 'partial', 'rejects']));
  });

  it.each(verdicts.map((v) => [v.id, v] as const))(
    '%s names an existing measure, mechanism and source',
    (_id, verdict: Verdict) => {
      expect(byId.get(verdict.measure)?.kind).toBe('measure');
      expect(byId.get(verdict.mechanism)?.kind).toBe('mechanism');
      expect(verdict.sources.map((s) => s.id)).toContain(verdict.source);
      // A quote must be short enough to be a quotation, not a copy of the source.
      if (verdict.quote) expect(verdict.quote.length).toBeLessThan(300);
    },
  );
});

describe('compiling a verdict', () => {
  const verdict = (measure: string, mechanismId: string, source = 'paper') => ({
    path: 'cases/verdicts/v.yaml',
    text: `id: v
name: A verdict
shortName: V
measure: ${measure}
mechanism: ${mechanismId}
stance: partial
claim: The paper says the measure is partly like the mechanism.
source: ${source}
sources:
  - id: paper
    title: A paper
    type: article-journal
    kind: secondary
`,
  });
  const errors = (...files: Parameters<typeof compileCaseBase>[0]) => {
    const result = compileCaseBase(files);
    return result.ok ? [] : result.errors.map(formatCaseFileError);
  };

  it('rejects references that do not resolve, or resolve to the wrong kind, with file, line and field', () => {
    expect(errors(codebookFile, actorsFile, mechanism('m-1963'), verdict('nothing', 'm-1963'))).toEqual([
      'cases/verdicts/v.yaml:4 measure: unknown measure "nothing"',
    ]);
    expect(errors(codebookFile, actorsFile, mechanism('m-1963'), verdict('m-1963', 'm-1963'))).toEqual([
      'cases/verdicts/v.yaml:4 measure: "m-1963" is a mechanism, not a measure',
    ]);
    expect(errors(codebookFile, actorsFile, mechanism('m-1963'), verdict('m-1963', 'us'))).toContain(
      'cases/verdicts/v.yaml:5 mechanism: "us" is an actor, not a mechanism',
    );
    expect(errors(codebookFile, actorsFile, mechanism('m-1963'), verdict('m-1963', 'm-1963', 'elsewhere'))).toContain(
      'cases/verdicts/v.yaml:8 source: unknown source "elsewhere"; this record\'s sources are paper',
    );
  });
});

describe('verdicts and the engine', () => {
  const withoutVerdicts: CompiledCaseBase = {
    ...caseBase,
    records: caseBase.records.filter((r) => r.kind !== 'verdict'),
  };
  const strip = (response: object) => JSON.stringify({ ...response, datasetVersion: undefined });

  it.each([
    { measure: 'international-ai-safety-agency' },
    { text: 'an international agency that inspects AI labs like nuclear inspectors' },
    { measure: 'compute-verification', includeMeasures: true },
  ])('never feed the score: %j ranks the same without them', (request) => {
    const a = match(caseBase, request);
    const b = match(withoutVerdicts, request);
    if (!a.ok || !b.ok) throw new Error('should compute');
    expect(strip(a.response)).toBe(strip(b.response));
  });

  it('are shown beside a match: those on the queried measure first, with the rank of their mechanism', () => {
    const result = match(caseBase, { measure: 'international-ai-safety-agency', limit: 50 });
    if (!result.ok) throw new Error('should compute');
    const notes = verdictsForMatch(caseBase, result.response.query, result.response.results);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0].measure).toBe('international-ai-safety-agency');
    const ranked = new Map(result.response.results.map((r) => [r.id, r.rank]));
    for (const note of notes) expect(note.rank).toBe(ranked.get(note.mechanism));
    const wrapped = withVerdicts(caseBase, result.response);
    expect(wrapped.results).toBe(result.response.results);
    expect(wrapped.verdicts).toEqual(notes);
  });

  it('are found from either record they name', () => {
    expect(verdictsAbout(caseBase, 'iaea-1957').every((v) => v.mechanism === 'iaea-1957')).toBe(true);
    expect(verdictsAbout(caseBase, 'international-ai-safety-agency').length).toBeGreaterThan(3);
  });
});
