/** The engine's sentences in English (the shape and what each says: sentences.ts). */
import type { Sentences } from './sentences.ts';

export const sentencesEn: Sentences = {
  queryName: 'the query',
  listSeparator: ', ',
  sharedBoth: (feature, value) => `${feature}: both — ${value}.`,
  sharedClose: (feature, q, qName, p, pName) => `${feature}: close — ${q} for ${qName}, ${p} for ${pName}.`,
  disanalogy: (feature, q, qName, p, pName) => `${feature}: ${q} for ${qName}, but ${p} for ${pName}.`,
  outOfScope: (phrase, name, why, closest) =>
    `“${phrase}” names the ${name}, which is outside the case-base: ${why} ` +
    `The closest records in scope: ${closest.join('; ')}.`,
  understandingNone:
    'Nothing in these words matched the codebook or the records, so no ranking is given. ' +
    'Try saying what the measure does (a hotline, notifying tests in advance, on-site inspection, a shared glossary), ' +
    'who takes part (governments, militaries, scientists, companies) and what it governs, name a precedent you have in mind, ' +
    'or choose one of the proposed measures.',
  understandingNothingInCodebook:
    'None of these words matched the codebook, so no feature of the query is known and the ranking rests on word overlap ' +
    'with the records alone. Say what the measure does and who takes part, or set the features by hand.',
  understandingLow: (percent) =>
    `The engine understood only ${percent} % of these words, so this ranking rests on thin evidence. ` +
    'Check the features read from your words and add what the measure does and who takes part.',
  rankRange: (r) => (r.rankMin === r.rankMax ? `always rank ${r.rankMin}` : `rank ${r.rankMin}–${r.rankMax}`),
  robustnessWeights: (k, percent, runs, range) =>
    `stays in the top ${k} in ${percent} of ${runs} random reweightings; ${range}.`,
  robustnessCoding: (k, percent, runs, range) =>
    `stays in the top ${k} in ${percent} of ${runs} plausible re-codings of the values coded with low or medium ` +
    `confidence; ${range}.`,
};
