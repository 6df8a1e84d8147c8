import { describe, expect, it } from 'vitest';
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { datasetVersionOf } from '../../src/casebase/dataset-version.ts';
import { loadCaseBase, readCaseFiles } from '../../src/casebase/read-cases.ts';
import { actorsFile, codebookFile, mechanism } from './fixture.ts';
import { realCaseBase } from '../support/case-base.ts';

function errorsOf(...files: Parameters<typeof compileCaseBase>[0]) {
  const result = compileCaseBase(files);
  if (result.ok) throw new Error('expected the case-base to be rejected');
  return result.errors.map(formatCaseFileError);
}

describe('compiling the real case-base', () => {
  it('compiles cases/ without problems and gives every record a kind', () => {
    const result = loadCaseBase('cases');
    if (!result.ok) throw new Error(result.errors.map(formatCaseFileError).join('\n'));
    expect(result.caseBase.records.length).toBeGreaterThan(10);
    expect(result.caseBase.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    const hotline = result.caseBase.records.find((r) => r.id === 'us-ussr-hotline-mou-1963');
    expect(hotline?.kind).toBe('mechanism');
  });

  it('gives the same dataset version for the same files, and a new one when a fact changes', () => {
    const files = readCaseFiles('cases');
    const first = compileCaseBase(files);
    const again = compileCaseBase([...files].reverse());
    if (!first.ok || !again.ok) throw new Error('real case-base should compile');
    expect(datasetVersionOf(again.caseBase)).toBe(datasetVersionOf(first.caseBase));
    const edited = files.map((f) =>
      f.path.endsWith('us-ussr-hotline-mou-1963.yaml') ? { ...f, text: f.text.replace('Geneva', 'Genf') } : f,
    );
    const changed = compileCaseBase(edited);
    if (!changed.ok) throw new Error('edited case-base should compile');
    expect(datasetVersionOf(changed.caseBase)).not.toBe(datasetVersionOf(first.caseBase));
  });

  it('copies technology traits from the profile into the records that name it, marked as inherited', () => {
    const hotline = realCaseBase().records.find((r) => r.id === 'us-ussr-hotline-mou-1963');
    if (hotline?.kind !== 'mechanism') throw new Error('hotline missing');
    expect(hotline.coding.techDualUse?.inheritedFrom).toBe('nuclear-weapons-cold-war');
  });
});

describe('compile errors name file, line and field', () => {
  it('rejects a coded value the feature does not allow, on the line of the value', () => {
    const errors = errorsOf(
      codebookFile,
      actorsFile,
      mechanism('x', '', '  function: [communication-link]\n  track: 3\n'),
    );
    expect(errors).toEqual(['cases/mechanisms/x.yaml:14 coding.track: expected one of 2, 1.5, 1; got 3']);
  });

  it('rejects an unknown feature and lists the known ones', () => {
    const [error] = errorsOf(codebookFile, actorsFile, mechanism('x', '', '  trak: 1\n'));
    expect(error).toMatch(
      /^cases\/mechanisms\/x\.yaml:13 coding\.trak: unknown feature "trak"; the codebook has function, /,
    );
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const file = mechanism('x');
    const errors = errorsOf(codebookFile, actorsFile, { ...file, text: file.text.replace('summary:', 'sumary:') });
    expect(errors).toContain('cases/mechanisms/x.yaml:8 sumary: unknown field "sumary"');
    expect(errors).toContain('cases/mechanisms/x.yaml:1 summary: required field is missing (expected string)');
  });

  it('rejects references that do not resolve: parties, relation targets, sources', () => {
    const file = mechanism('x', 'relations:\n  - { type: succeeds, target: nowhere-1900 }\n');
    const text = file.text
      .replace('parties: [us, su]', 'parties: [us, xx]')
      .replace('sources: [text]', 'sources: [txt]');
    const errors = errorsOf(codebookFile, actorsFile, { ...file, text });
    expect(errors).toEqual([
      'cases/mechanisms/x.yaml:6 parties[1]: unknown actor "xx"; add it to a file in cases/actors/',
      'cases/mechanisms/x.yaml:11 keyFacts[0].sources[0]: unknown source "txt"; this record\'s sources are text',
      'cases/mechanisms/x.yaml:20 relations[0].target: unknown record "nowhere-1900"',
    ]);
  });

  it('rejects a relation to the wrong kind of record', () => {
    const errors = errorsOf(
      codebookFile,
      actorsFile,
      mechanism('x', 'relations:\n  - { type: triggeredBy, target: us }\n'),
    );
    expect(errors).toEqual([
      'cases/mechanisms/x.yaml:20 relations[0].target: triggeredBy must point at an event; "us" is an actor',
    ]);
  });

  it('rejects duplicate ids and says where the first one is', () => {
    const second = { ...mechanism('us'), path: 'cases/mechanisms/us.yaml' };
    const errors = errorsOf(codebookFile, actorsFile, second);
    expect(errors).toEqual([
      'cases/mechanisms/us.yaml:1 id: duplicate id "us" (first defined in cases/actors/states.yaml:2)',
    ]);
  });

  it('rejects years out of order and an end year on an active mechanism', () => {
    const file = mechanism('x');
    const text = file.text.replace('year: 1963\n', 'year: 1963\ninForceYear: 1960\nendYear: 1970\n');
    const errors = errorsOf(codebookFile, actorsFile, { ...file, text });
    expect(errors).toEqual([
      'cases/mechanisms/x.yaml:5 inForceYear: in force (1960) before it was signed (1963)',
      'cases/mechanisms/x.yaml:6 endYear: status is active but an end year is given',
    ]);
  });

  it('requires the file name to be the record id', () => {
    const file = mechanism('x');
    const errors = errorsOf(codebookFile, actorsFile, { ...file, path: 'cases/mechanisms/y.yaml' });
    expect(errors).toEqual(['cases/mechanisms/y.yaml:1 id: the file name must be the record id: expected x.yaml']);
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsOf(codebookFile, actorsFile, {
      path: 'cases/mechanisms/x.yaml',
      text: 'id: x\nname: [unclosed\nyear: 1963\n',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^cases\/mechanisms\/x\.yaml:\d+ YAML syntax: /);
  });

  it('keeps technology traits out of records', () => {
    const errors = errorsOf(codebookFile, actorsFile, mechanism('x', '', '  techDualUse: high\n'));
    expect(errors).toEqual([
      'cases/mechanisms/x.yaml:13 coding.techDualUse: "techDualUse" is a technology trait: code it once in the technology profile named by `technology`',
    ]);
  });

  it('rejects files that are not case files', () => {
    const errors = errorsOf(codebookFile, actorsFile, { path: 'cases/notes/readme.yaml', text: 'a: 1\n' });
    expect(errors[0]).toMatch(/^cases\/notes\/readme\.yaml:1 not a case file/);
  });

  it('reports every problem at once, sorted by file and line', () => {
    const errors = errorsOf(
      codebookFile,
      actorsFile,
      mechanism('b', '', '  track: 9\n'),
      mechanism('a', '', '  origin: nope\n  track: 9\n'),
    );
    expect(errors.map((e) => e.split(' ')[0])).toEqual([
      'cases/mechanisms/a.yaml:13',
      'cases/mechanisms/a.yaml:14',
      'cases/mechanisms/b.yaml:13',
    ]);
  });
});

describe('former ids', () => {
  it('asks relations to use the current id of a renamed record', () => {
    const renamed = mechanism('new-name', 'aliases: [old-name]\n');
    const other = mechanism('other', 'relations:\n  - { type: succeeds, target: old-name }\n');
    expect(errorsOf(codebookFile, actorsFile, renamed, other)).toEqual([
      'cases/mechanisms/other.yaml:20 relations[0].target: "old-name" is a former id; use "new-name"',
    ]);
  });

  it('rejects an alias that is already taken', () => {
    const errors = errorsOf(codebookFile, actorsFile, mechanism('a', 'aliases: [us]\n'));
    expect(errors).toEqual([
      'cases/mechanisms/a.yaml:19 aliases[0]: alias "us" is already the id or alias of a record in cases/actors/states.yaml',
    ]);
  });
});
