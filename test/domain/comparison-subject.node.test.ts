/** What a comparison's citation says it compared: the measure, the words asked, and whether it was modified. */
import { describe, expect, it } from 'vitest';
import { comparisonSubject, isModified, subjectLookup } from '../../src/domain/cite/comparison-subject.ts';
import { realCaseBase } from '../support/case-base.ts';

const caseBase = realCaseBase();
const lookup = subjectLookup(caseBase);
const hotline = caseBase.records.find((r) => r.id === 'ai-crisis-hotline')!;
const [feature, coded] = Object.entries('coding' in hotline ? hotline.coding : {})[0];
const codebookFeature = caseBase.codebook.features.find((f) => f.id === feature)!;
const preset = caseBase.codebook.presets[0];

describe('the subject of a comparison', () => {
  it('names a measure by its short name, a question in words by its quoted words, and features as such', () => {
    expect(comparisonSubject({ measure: 'ai-crisis-hotline' }, lookup)).toBe('AI crisis hotline');
    expect(comparisonSubject({ text: 'a hotline   for AI' }, lookup)).toBe('‘a hotline for AI’');
    expect(comparisonSubject({ features: { [feature]: coded.value } }, lookup)).toBe('a feature profile');
    expect(comparisonSubject({ measure: 'ai-crisis-hotline', text: 'and verification' }, lookup)).toBe(
      'AI crisis hotline and ‘and verification’',
    );
  });

  it('names a measure the case-base no longer has by its id', () => {
    expect(comparisonSubject({ measure: 'a-measure-that-is-gone' }, lookup)).toBe('a-measure-that-is-gone');
  });
});

describe('a modified comparison', () => {
  it('is one whose features differ from the measure’s coding, not one that repeats it', () => {
    expect(isModified({ measure: hotline.id, features: { [feature]: coded.value } }, lookup)).toBe(false);
    const other = Array.isArray(coded.value) ? [] : coded.value === 'zzz' ? 'yyy' : 'zzz';
    expect(isModified({ measure: hotline.id, features: { [feature]: other } }, lookup)).toBe(true);
    expect(comparisonSubject({ measure: hotline.id, features: { [feature]: other } }, lookup)).toBe(
      'AI crisis hotline (modified)',
    );
  });

  it('is one whose weights differ from the preset’s (or the codebook’s without a preset)', () => {
    expect(isModified({ measure: hotline.id, weights: { [feature]: codebookFeature.weight } }, lookup)).toBe(false);
    expect(isModified({ measure: hotline.id, weights: { [feature]: codebookFeature.weight + 1 } }, lookup)).toBe(true);
    const presetWeight = preset.weights[feature] ?? 0;
    expect(isModified({ measure: hotline.id, preset: preset.id, weights: { [feature]: presetWeight } }, lookup)).toBe(
      false,
    );
    expect(isModified({ measure: hotline.id, preset: preset.id }, lookup)).toBe(false);
  });

  it('is any question in words with features, but never a profile given by features alone', () => {
    expect(isModified({ text: 'a hotline', features: { [feature]: coded.value } }, lookup)).toBe(true);
    expect(isModified({ features: { [feature]: coded.value } }, lookup)).toBe(false);
  });
});
