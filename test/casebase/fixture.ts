/** Small in-memory case-bases for compile tests: the real codebook plus a few hand-written records. */
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../../src/casebase/case-file.ts';

export const codebookFile: CaseFile = {
  path: 'cases/codebook.yaml',
  text: readFileSync('cases/codebook.yaml', 'utf8'),
};

export const actorsFile: CaseFile = {
  path: 'cases/actors/states.yaml',
  text: `actors:
  - { id: us, name: United States of America, shortName: United States, type: state, iso: us }
  - { id: su, name: Union of Soviet Socialist Republics, shortName: USSR, type: state }
`,
};

/** `sourceLines` are extra fields of the record's one source, each line indented four spaces. */
export function mechanism(id: string, extra = '', coding = '  track: 1\n', sourceLines = ''): CaseFile {
  return {
    path: `cases/mechanisms/${id}.yaml`,
    text: `id: ${id}
name: Test mechanism ${id}
shortName: Test ${id}
year: 1963
status: active
parties: [us, su]
legalForm: memorandum-of-understanding
summary: A mechanism written for a test.
keyFacts:
  - text: A fact.
    sources: [text]
coding:
${coding}sources:
  - id: text
    title: The text
    type: treaty
${sourceLines}    kind: primary
${extra}`,
  };
}
