/**
 * The free-text reader on the real codebook and case-base: concept patterns, negation and contrast,
 * specificity, named records and the words it could not place.
 */
import { describe, expect, it } from 'vitest';
import { compileCaseBase } from '../../../src/casebase/compile.ts';
import { match } from '../../../src/domain/match/match.ts';
import { lexicalRelevance } from '../../../src/domain/match/text.ts';
import { formatCaseFileError } from '../../../src/casebase/case-file.ts';
import { actorsFile, codebookFile } from '../../casebase/fixture.ts';
import { caseBase, read, valuesOf } from './reading.ts';

describe('concept patterns reach paraphrase', () => {
  it.each([
    // [query, feature, value]: one row per concept family of the codebook.
    ['inspectors visit the other side’s missile bases', 'function', 'verification-inspection'],
    ['inspectors visit the other side’s missile bases', 'verificationIntensity', 'routine-on-site-inspection'],
    ['short-notice inspections anywhere', 'verificationIntensity', 'challenge-or-continuous-monitoring'],
    [
      'cameras and seals that watch the plant around the clock',
      'verificationIntensity',
      'challenge-or-continuous-monitoring',
    ],
    ['count each other’s warheads', 'verificationIntensity', 'cooperative-measures'],
    ['planes fly over each other’s territory', 'function', 'observation'],
    ['invite observers to watch military exercises', 'function', 'observation'],
    ['agree to warn each other before testing', 'function', 'notification'],
    ['give advance notice of large training runs', 'function', 'notification'],
    ['developers report incidents and near misses', 'function', 'notification'],
    ['a direct line so leaders can call each other at once', 'function', 'communication-link'],
    ['ask for an explanation of unusual activities', 'function', 'consultation-clarification'],
    ['both sides agree not to deploy such systems', 'function', 'constraint'],
    ['rules for how ships behave when they meet at sea', 'function', 'rules-of-conduct'],
    ['scientists from both blocs meet to discuss the risks', 'function', 'expert-dialogue'],
    ['scientists from both blocs meet to discuss the risks', 'participants', 'academic-scientists'],
    ['an unofficial dialogue between think tanks', 'track', '2'],
    ['officials alongside independent experts', 'track', '1.5'],
    ['a shared dictionary so that diplomats mean the same thing by the same word', 'function', 'shared-terminology'],
    ['parallel glossaries of key terms', 'function', 'shared-terminology'],
    ['run tabletop exercises on an AI crisis', 'function', 'joint-exercise'],
    ['play through scenarios of an accidental launch', 'function', 'joint-exercise'],
    ['measure things side by side', 'function', 'technical-cooperation'],
    ['measure things side by side', 'verificationIntensity', 'cooperative-measures'],
    ['weapons designers from rival labs visit each other', 'function', 'technical-cooperation'],
    ['labs share their evaluations and test results', 'function', 'technical-cooperation'],
    ['exchange data on forces every year', 'function', 'information-exchange'],
    ['the two sides exchange messages through liaison officers', 'function', 'communication-link'],
    ['each side runs a staffed centre', 'centralization', 'dedicated-national-centres'],
    ['exchanges of officers between the two militaries', 'function', 'training-contacts'],
    ['a global agency for AI', 'centralization', 'international-organisation'],
    ['an independent body that can audit the labs', 'delegation', 'third-party-authority'],
    ['a panel of experts that assesses the evidence', 'function', 'expert-dialogue'],
    ['investigate accidents to find what went wrong', 'cooperationProblem', 'uncertainty-about-the-world'],
    ['control exports of advanced chips', 'risksAddressed', 'proliferation'],
    ['promote the peaceful uses of the technology', 'cooperationProblem', 'distribution'],
    // The true readings beside the look-alikes of 'words that stem alike but mean otherwise', below.
    ['AI developers and deployers', 'participants', 'private-developers'],
    ['an international organisation', 'function', 'institution'],
    ['conventional forces in Europe', 'domain', 'conventional-forces'],
  ])('"%s" suggests %s = %s', (query, feature, value) => {
    expect(valuesOf(read(query), feature)).toContain(value);
  });

  it('tolerates words in between and inflections, but not a full stop', () => {
    expect(valuesOf(read('we warned them well before the test'), 'function')).toContain('notification');
    expect(valuesOf(read('We warn. Before anything, testing.'), 'function')).not.toContain('notification');
  });

  it('shows the words of the query that produced each suggestion', () => {
    const reading = read('agree to warn each other before testing');
    expect(reading.suggestions.find((s) => s.feature === 'function')?.matched).toEqual([
      'warn each other before testing',
    ]);
    expect(reading.recognised).toContainEqual(
      expect.objectContaining({ phrase: 'warn each other before testing', feature: 'function', value: 'notification' }),
    );
  });

  it('lets a shielding term silence the words inside it', () => {
    // "centre" alone suggests an institution; inside "data centres" it does not.
    expect(valuesOf(read('a regional centre'), 'function')).toContain('institution');
    expect(valuesOf(read('undeclared data centres'), 'function')).not.toContain('institution');
  });
});

describe('words that stem alike but mean otherwise', () => {
  it.each([
    // [query, feature, value that must not be read]
    ['limits on AI development', 'participants', 'private-developers'],
    ['unilateral national technical means', 'partiesStructure', 'unilateral'],
    ['general-purpose AI models', 'participants', 'militaries'],
    ['general-purpose AI models', 'precision', 'vague'],
    ['artificial intelligence', 'participants', 'intelligence-services'],
    ['limits on conventional weapons', 'obligation', 'ratified-treaty'],
    ['an information security standard', 'obligation', 'none'],
    ['information exchanges between militaries', 'track', '2'],
    ['meetings organized by the ministry', 'function', 'institution'],
    ['the weight of the evidence', 'disclosureDepth', 'core-secrets'],
    ['the principles of governance', 'track', '1'],
  ])('"%s" is not read as %s = %s', (query, feature, value) => {
    expect(valuesOf(read(query), feature)).not.toContain(value);
  });
});

describe('negation and contrast', () => {
  it.each([
    // [query, feature, value that must not be suggested, contrary value or null]
    ['a dialogue outside government', 'track', '1', '2'],
    ['not intergovernmental', 'track', '1', '2'],
    ['a non-binding agreement', 'obligation', 'legally-binding-agreement', 'political-commitment'],
    ['rather than a ban', 'function', 'constraint', null],
    ['transparency without inspection', 'verificationIntensity', 'routine-on-site-inspection', null],
    ['instead of a hotline', 'function', 'communication-link', null],
    ['unlike a treaty', 'obligation', 'ratified-treaty', 'political-commitment'],
  ])('"%s": %s is not %s', (query, feature, negated, contrary) => {
    const reading = read(query);
    expect(valuesOf(reading, feature)).not.toContain(negated);
    if (contrary === null)
      expect(reading.excluded).toContainEqual(expect.objectContaining({ feature, value: negated }));
    else {
      expect(valuesOf(reading, feature)).toEqual([contrary]);
      expect(reading.recognised).toContainEqual(expect.objectContaining({ feature, value: contrary, negated: true }));
    }
  });

  it('shows the negation with the phrase it negates', () => {
    expect(read('rather than a ban').excluded).toEqual([
      { phrase: 'rather than a ban', feature: 'function', value: 'constraint' },
    ]);
  });

  it('stops at the end of the clause and does not read "not only" as negation', () => {
    expect(valuesOf(read('no treaty, but a hotline'), 'function')).toContain('communication-link');
    expect(valuesOf(read('not only inspections but also a hotline'), 'function')).toEqual(
      expect.arrayContaining(['verification-inspection', 'communication-link']),
    );
  });

  it('reads "non-" as negating its own word only', () => {
    const reading = read('non-governmental non-proliferation talks');
    expect(valuesOf(reading, 'track')).toEqual(['2']);
    expect(valuesOf(reading, 'risksAddressed')).toEqual(['proliferation']);
    expect(valuesOf(reading, 'function')).toEqual(['expert-dialogue']);
  });

  it('does not reach past a second content word', () => {
    expect(read('chips are not diverted and model weights not exfiltrated').excluded).not.toContainEqual(
      expect.objectContaining({ feature: 'disclosureDepth' }),
    );
    const list = read('no hotline or inspections');
    expect(valuesOf(list, 'function')).toEqual([]);
    expect(list.excluded.map((x) => x.value)).toEqual(
      expect.arrayContaining(['communication-link', 'verification-inspection']),
    );
    expect(read('no need for inspectors').excluded).toContainEqual(
      expect.objectContaining({ value: 'routine-on-site-inspection' }),
    );
  });

  it('keeps a value the query also states plainly', () => {
    expect(valuesOf(read('a ban, not a moratorium'), 'function')).toContain('constraint');
  });
});

describe('specificity', () => {
  const specificity = (query: string, phrase: string) =>
    read(query).recognised.find((r) => r.phrase === phrase)?.specificity ?? Number.NaN;

  it('counts a lone generic word little and a rare, longer phrase more', () => {
    expect(specificity('ai', 'ai')).toBeLessThan(0.3);
    expect(specificity('international', 'international')).toBeLessThan(0.3);
    expect(specificity('a hotline', 'hotline')).toBeGreaterThan(specificity('ai', 'ai'));
    expect(specificity('agree to warn each other before testing', 'warn each other before testing')).toBeGreaterThan(
      specificity('a hotline', 'hotline'),
    );
  });

  it('enters specific readings with medium confidence and generic ones with low', () => {
    const reading = read('international ai that must warn each other before testing');
    expect(reading.suggestions.find((s) => s.feature === 'function')?.confidence).toBe('medium');
    expect(reading.suggestions.find((s) => s.feature === 'partiesStructure')?.confidence).toBe('low');
  });

  it('lets the stronger evidence choose between values of a one-value feature', () => {
    // "routine" (periodic) is one generic word; "continuous monitoring" is a concept.
    expect(valuesOf(read('routine checks by continuous monitoring around the clock'), 'activation')).toEqual([
      'continuous',
    ]);
  });

  it('lets a phrase inside a longer one for the same feature give way', () => {
    // "ai labs" are private developers; "labs" alone would be government laboratories.
    expect(valuesOf(read('ai labs'), 'participants')).toEqual(['private-developers']);
  });
});

describe('named records', () => {
  it.each([
    ['an IPCC for AI', 'ipcc-1988', 'IPCC'],
    ['a CERN for AI', 'cern-1954', 'CERN'],
    ['an IAEA for AI', 'iaea-1957', 'IAEA'],
    ['something like INCSEA', 'us-ussr-incsea-1972', 'INCSEA'],
    ['Open Skies for data centres', 'open-skies-1992', 'Open Skies'],
    ['the Hotline of 1963', 'us-ussr-hotline-mou-1963', 'Hotline'],
    ['lessons of the Caribbean crisis', 'cuban-missile-crisis-1962', 'Caribbean crisis'],
    ['a Partial Test Ban Treaty for AI', 'ltbt-1963', 'Partial Test Ban Treaty'],
    ['the UK–USSR Incidents at Sea Agreement', 'uk-ussr-incsea-1986', 'UK–USSR Incidents at Sea Agreement'],
    ['as the jve-1988 did', 'jve-1988', 'jve-1988'],
  ])('"%s" names %s', (query, id, phrase) => {
    expect(read(query).namedRecords).toContainEqual({ phrase, id });
  });

  it.each([
    ['a hotline between labs'], // an ordinary word is not the name "the Hotline"
    ['first, we need rules'], // nor is "first" the name FIRST
    ['an incident response team'],
  ])('"%s" names no record', (query) => {
    expect(read(query).namedRecords).toEqual([]);
  });

  it('prefers the longest name found at a place', () => {
    expect(read('the UK–USSR Incidents at Sea Agreement').namedRecords.map((n) => n.id)).toEqual([
      'uk-ussr-incsea-1986',
    ]);
  });

  it('lends the named model its coding for the features the words leave open, and ranks it first', () => {
    const ipcc = caseBase.records.find((r) => r.id === 'ipcc-1988');
    if (ipcc?.kind !== 'mechanism') throw new Error('ipcc-1988 missing');
    const reading = read('an IPCC for AI');
    expect(reading.suggestions.find((s) => s.feature === 'function')).toMatchObject({
      value: ipcc.coding.function.value,
      matched: ['IPCC'],
    });
    // The words' own reading wins: "AI" is the domain, not the IPCC's.
    expect(valuesOf(reading, 'domain')).toEqual(['general-purpose-ai']);
    const result = match(caseBase, { text: 'an IPCC for AI', runs: 0 });
    if (!result.ok) throw new Error('match failed');
    expect(result.response.results[0].id).toBe('ipcc-1988');
  });

  it('does not lend the coding of a model the words reject', () => {
    const reading = read('unlike the IAEA');
    expect(reading.namedRecords).toEqual([{ phrase: 'IAEA', id: 'iaea-1957' }]);
    expect(reading.suggestions).toEqual([]);
  });

  it('gives a named record full lexical relevance, and finds common names lexically', () => {
    expect(lexicalRelevance(caseBase, 'a CERN for AI').get('cern-1954')).toBe(1);
    expect(lexicalRelevance(caseBase, 'Partial Test Ban').get('ltbt-1963') ?? 0).toBeGreaterThan(0);
  });
});

describe('the words it could not place', () => {
  it.each([
    ['zzzz qqqq', ['zzzz', 'qqqq']],
    ['a hotline zzzz', ['zzzz']],
    ['the and of', []],
    ['an IPCC for AI', []],
    ['rather than a ban', []],
    ['inspectors regularly visit sites', ['regularly']],
    // A script the reader has no words for is still reported (Chinese it reads: test/engine/text-zh.node.test.ts).
    ['горячая линия hotline', ['горячая', 'линия']],
    ['热线 hotline', []],
    ['量子 hotline', ['量子']],
  ])('"%s" leaves %j unplaced', (query, words) => {
    expect(read(query).unrecognised).toEqual(words);
  });

  it('recognises nothing in nonsense', () => {
    const reading = read('zzzz qqqq');
    expect(reading).toMatchObject({ suggestions: [], recognised: [], excluded: [], namedRecords: [] });
    expect(reading.technology).toBeUndefined();
  });

  it('survives long and odd input', () => {
    const long = 'inspectors visit sites, not a ban; '.repeat(2_000);
    expect(read(long).suggestions.length).toBeGreaterThan(0);
    expect(read('— … ¿? 1.5 ’s n’t -').suggestions).toEqual([]);
  });
});

describe('concepts in the codebook are checked when compiled', () => {
  /** What compiling the case-base says when the codebook reads `codebook`. */
  const errorsOf = (codebook: string) => {
    const result = compileCaseBase([{ ...codebookFile, text: codebook }, actorsFile]);
    return result.ok ? [] : result.errors.map(formatCaseFileError);
  };
  const concept = (body: string) => `  - id: probe\n    label: probe\n    basis: a test\n${body}`;

  it.each([
    [
      'an unknown value',
      concept('    suggests: { function: telepathy }\n    patterns: [think hard]\n'),
      /unknown value "telepathy" of "function"/,
    ],
    [
      'an unknown feature',
      concept('    suggests: { mood: calm }\n    patterns: [think hard]\n'),
      /unknown feature "mood"/,
    ],
    [
      'a per-technology trait',
      concept('    suggests: { techDualUse: high }\n    patterns: [think hard]\n'),
      /coded per technology/,
    ],
    [
      'a malformed pattern',
      concept('    suggests: { function: notification }\n    patterns: ["warn (each) other"]\n'),
      /malformed pattern at "\(each\)"/,
    ],
    [
      'a window shorter than the pattern',
      concept('    suggests: { function: notification }\n    patterns: [{ all: "a b c", within: 2 }]\n'),
      /window is shorter/,
    ],
  ])('rejects %s with its place', (_, text, message) => {
    const errors = errorsOf(`${codebookFile.text}\n${text}`);
    expect(errors.join('\n')).toMatch(message);
    expect(errors.join('\n')).toMatch(/^cases\/codebook\.yaml:\d+ concepts\[\d+\]/m);
  });

  it('rejects a contrary that is not another value of the feature', () => {
    const errors = errorsOf(codebookFile.text.replace('contrary: "1",', 'contrary: "3",'));
    expect(errors.join('\n')).toMatch(/"3" is not another value of "track"/);
  });
});
