import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/casebase/case-file.ts';
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { findOutOfScopeModels } from '../../src/domain/out-of-scope.ts';
import { actorsFile, codebookFile, mechanism } from './fixture.ts';
import { realCaseBase } from '../support/case-base.ts';

const outOfScope = (body: string): CaseFile => ({ path: 'cases/out-of-scope.yaml', text: `models:\n${body}` });

const entry = (id: string, closest: string, extra = '') => `  - id: ${id}
    name: Model ${id}
    names: [Model ${id}]
    why: Out of scope for a test.
    closest: [${closest}]
    sources:
      - { title: A source, year: 2024 }
${extra}`;

function errorsOf(...files: CaseFile[]) {
  const result = compileCaseBase(files);
  if (result.ok) throw new Error('expected the case-base to be rejected');
  return result.errors.map(formatCaseFileError);
}

describe('compiling cases/out-of-scope.yaml', () => {
  it('carries the models into the compiled case-base', () => {
    const files = [codebookFile, actorsFile, mechanism('a-1963'), outOfScope(entry('big-project', 'a-1963'))];
    const result = compileCaseBase(files);
    if (!result.ok) throw new Error(result.errors.map(formatCaseFileError).join('\n'));
    expect(result.caseBase.outOfScope?.map((m) => m.id)).toEqual(['big-project']);
  });

  it('leaves the field out when there is no file, so a case-base without one keeps its version', () => {
    const result = compileCaseBase([codebookFile, actorsFile, mechanism('a-1963')]);
    if (!result.ok) throw new Error('should compile');
    expect('outOfScope' in result.caseBase).toBe(false);
  });

  it('reports a closest id that names no record, or no mechanism, with file and line', () => {
    const list = outOfScope(entry('big-project', 'a-1963, nowhere-1999, us'));
    expect(errorsOf(codebookFile, actorsFile, mechanism('a-1963'), list)).toEqual([
      'cases/out-of-scope.yaml:6 models[0].closest[1]: unknown mechanism "nowhere-1999"',
      'cases/out-of-scope.yaml:6 models[0].closest[2]: closest must name mechanisms; "us" is an actor',
    ]);
  });

  it('reports a duplicate id and an id that is also a record where they are', () => {
    const errors = errorsOf(
      codebookFile,
      actorsFile,
      mechanism('a-1963'),
      outOfScope(entry('big-project', 'a-1963') + entry('big-project', 'a-1963') + entry('a-1963', 'a-1963')),
    );
    expect(errors).toContain('cases/out-of-scope.yaml:9 models[1].id: duplicate id "big-project"');
    expect(errors).toContain(
      'cases/out-of-scope.yaml:16 models[2].id: "a-1963" is the id of a record in the case-base; ' +
        'a model cannot be both in and out of scope',
    );
  });

  it('reports schema problems by line and field before any cross-check', () => {
    const errors = errorsOf(codebookFile, actorsFile, mechanism('a-1963'), outOfScope('  - id: Bad Id\n    name: X\n'));
    expect(errors.some((e) => /^cases\/out-of-scope\.yaml:2 models\[0\]\.id: must be kebab-case/.test(e))).toBe(true);
    expect(errors.some((e) => e.includes('models[0].closest: required field is missing'))).toBe(true);
  });
});

describe('the real out-of-scope list', () => {
  it('compiles, and names the Manhattan Project in a query that reaches for it', () => {
    const caseBase = realCaseBase();
    const models = caseBase.outOfScope ?? [];
    const found = findOutOfScopeModels('Establish and fund a Manhattan Project-like program for AGI', models);
    expect(found.map((f) => f.id)).toEqual(['manhattan-project']);
    const ids = new Set(caseBase.records.map((r) => r.id));
    for (const id of found[0].closest) expect(ids.has(id)).toBe(true);
  });
});
