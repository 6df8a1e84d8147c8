/**
 * The codebook in Chinese and the glossary that holds it: every feature, value, family, preset and
 * concept has its Chinese; an English glossary term in a label or description is rendered with the
 * glossary's Chinese; the glossary compiles with file:line errors.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/casebase/case-file.ts';
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { glossaryMisses } from '../../src/domain/glossary.ts';
import { actorsFile, codebookFile, mechanism } from './fixture.ts';
import { realCaseBase } from '../support/case-base.ts';

const { codebook, glossary } = realCaseBase();

/** Every place the codebook owes a Chinese text: [where, English, Chinese or undefined]. */
function entries(): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  for (const f of codebook.features) {
    out.push([`features.${f.id}.zh.label`, f.label, f.zh?.label]);
    out.push([`features.${f.id}.zh.description`, f.description, f.zh?.description]);
    for (const fam of f.families) out.push([`features.${f.id}.families.${fam.id}.zh.label`, fam.label, fam.zh?.label]);
    for (const v of f.values) {
      out.push([`features.${f.id}.values.${v.id}.zh.label`, v.label, v.zh?.label]);
      out.push([`features.${f.id}.values.${v.id}.zh.description`, v.description, v.zh?.description]);
    }
  }
  for (const p of codebook.presets) {
    out.push([`presets.${p.id}.zh.label`, p.label, p.zh?.label]);
    out.push([`presets.${p.id}.zh.description`, p.description, p.zh?.description]);
  }
  for (const c of codebook.concepts) out.push([`concepts.${c.id}.zh.label`, c.label, c.zh?.label]);
  return out;
}

describe('the codebook in Chinese', () => {
  it('gives every feature, value, family, preset and concept its Chinese label (and description)', () => {
    const missing = entries()
      .filter(([, , zh]) => zh === undefined || !/\p{Script=Han}/u.test(zh))
      .map(([where]) => where);
    expect(missing).toEqual([]);
    expect(entries().length).toBeGreaterThan(300);
  });

  it('renders every glossary term its English names with the glossary’s Chinese', () => {
    expect(glossary?.length).toBeGreaterThan(20);
    const misses = entries().flatMap(([where, en, zh]) =>
      glossaryMisses(glossary ?? [], en, zh ?? '').map((m) => `${where}: "${m.en}" must be ${m.zh} in "${zh}"`),
    );
    expect(misses).toEqual([]);
  });

  it('gives Chinese synonyms to the values a Chinese query needs', () => {
    const value = (feature: string, id: string) =>
      codebook.features.find((f) => f.id === feature)?.values.find((v) => v.id === id);
    expect(value('function', 'communication-link')?.zh?.synonyms).toContain('热线');
    expect(value('function', 'verification-inspection')?.zh?.synonyms).toContain('核查');
    expect(value('risksAddressed', 'accident')?.zh?.synonyms).toContain('事故');
    // Every concept says its idea in Chinese too.
    expect(codebook.concepts.filter((c) => (c.zh?.patterns.length ?? 0) === 0).map((c) => c.id)).toEqual([]);
  });

  it('reads the glossary’s other Chinese forms of a term wherever it reads the term', () => {
    const missing: string[] = [];
    for (const term of glossary ?? [])
      for (const f of codebook.features)
        for (const v of f.values)
          if (v.zh?.synonyms.includes(term.zh))
            for (const variant of term.zhVariants)
              if (!v.zh.synonyms.includes(variant)) missing.push(`${f.id}.${v.id}: ${variant} (${term.zh})`);
    expect(missing).toEqual([]);
  });

  it('catches a Chinese label that strays from the glossary', () => {
    const terms = glossary ?? [];
    expect(glossaryMisses(terms, 'verification and inspection', '核实与检查')).toMatchObject([
      { term: 'verification', zh: '核查' },
    ]);
    expect(glossaryMisses(terms, 'verification and inspection', '核查与视察')).toEqual([]);
    // Whole words only: "AI" is not inside "maintain".
    expect(glossaryMisses(terms, 'maintain', '维持')).toEqual([]);
  });
});

describe('compiling cases/glossary-zh.yaml', () => {
  const glossaryFile = (body: string): CaseFile => ({ path: 'cases/glossary-zh.yaml', text: `terms:\n${body}` });
  const base = [codebookFile, actorsFile, mechanism('a-1963')];

  it('carries the terms into the compiled case-base', () => {
    const result = compileCaseBase([
      ...base,
      glossaryFile('  - { id: hotline, en: hotline, zh: 热线, status: translation }\n'),
    ]);
    if (!result.ok) throw new Error(result.errors.map(formatCaseFileError).join('\n'));
    expect(result.caseBase.glossary).toMatchObject([{ id: 'hotline', en: 'hotline', zh: '热线', zhVariants: [] }]);
  });

  it('names the file, line and field of a bad term', () => {
    const result = compileCaseBase([
      ...base,
      glossaryFile(
        '  - { id: hotline, en: hotline, zh: 热线, status: translation }\n' +
          '  - { id: verification, en: verification, zh: hezha, status: official }\n' +
          '  - { id: hotline, en: Hotline, zh: 热线, status: translation }\n',
      ),
    ]);
    if (result.ok) throw new Error('expected the glossary to be rejected');
    const errors = result.errors.map(formatCaseFileError);
    expect(errors.some((e) => e.startsWith('cases/glossary-zh.yaml:3 terms[1].zh: must be written in Chinese'))).toBe(
      true,
    );
    expect(errors.some((e) => e.startsWith('cases/glossary-zh.yaml:4 terms[2].id: duplicate term id "hotline"'))).toBe(
      true,
    );
    expect(errors.some((e) => e.startsWith('cases/glossary-zh.yaml:4 terms[2].en:'))).toBe(true);
  });

  it('asks an official term for its basis', () => {
    const result = compileCaseBase([...base, glossaryFile('  - { id: x, en: x, zh: 某, status: official }\n')]);
    if (result.ok) throw new Error('expected the glossary to be rejected');
    expect(result.errors.map(formatCaseFileError).join('\n')).toContain(
      'cases/glossary-zh.yaml:2 terms[0].basis: a term of status official needs its basis',
    );
  });
});
