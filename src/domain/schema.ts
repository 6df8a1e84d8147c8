/**
 * The data model of Precedents, as zod schemas. Every TypeScript type of a record is inferred from
 * here, so the shape of a case file is written down exactly once.
 *
 * Input schemas are strict (an unknown key is an error, not silently dropped): a misspelt `sumary`
 * in a case file must fail loudly rather than leave a record without its summary.
 */
import * as z from 'zod';
import { glossaryBasis, glossaryTerm } from './glossary.ts';
import { outOfScopeModel } from './out-of-scope.ts';
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from './record-id.ts';

export { recordIdMaxLength, recordIdMessage, recordIdPattern };
export const recordId = z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);

/** Feature ids are field names inside `coding`, so they follow the camelCase of the rest of the data. */
export const featureId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase');

/** Coded value ids: kebab-case words, or plain numbers such as the diplomatic tracks 1, 1.5 and 2. */
export const valueId = z
  .string()
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d+(?:\.\d+)?)$/, 'must be a kebab-case word or a number');

/** Local id of a source inside one record, referenced by key facts, outcomes and coded values. */
export const sourceRef = recordId;

const year = z.int().min(1800).max(2100);
const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export const confidence = z.enum(confidenceLevels);

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/** CSL item types a source may take, so citations render as the kind of document it is. */
export const sourceTypes = [
  'treaty',
  'legislation',
  'legal_case',
  'report',
  'article-journal',
  'article-newspaper',
  'article-magazine',
  'book',
  'chapter',
  'paper-conference',
  'thesis',
  'speech',
  'interview',
  'dataset',
  'webpage',
  'post',
  'entry-encyclopedia',
  'document',
] as const;

export const publisherKinds = [
  'government',
  'intergovernmental',
  'archive',
  'academic',
  'press',
  'think-tank',
  'non-governmental',
  'reference',
] as const;

/** A host name as a URL carries it: lower-case labels, no scheme, port, path or trailing dot. */
const hostName = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/,
    'must be a host name such as history.state.gov',
  );

/**
 * Who issues documents, and the hosts that are their own. A source names its publisher by id; its URL must
 * sit on one of these hosts (or a subdomain of one), so a copy of a page on someone else's site cannot pass
 * for the publisher's document.
 */
export const publisher = z.strictObject({
  id: recordId,
  name: nonEmptyText,
  kind: z.enum(publisherKinds),
  hosts: z.array(hostName).default([]),
  note: nonEmptyText.optional(),
});
export type Publisher = z.infer<typeof publisher>;
export const publisherListInput = z.strictObject({ publishers: z.array(publisher) });

/**
 * A reference in an official collection, written as lawyers and historians write it: "23 UST 1168",
 * "852 UNTS 151", "TIAS 7379", "77 Stat. 255", "FRUS 1964–1968, vol. XIV, doc. 266". Kept out of titles so
 * a citation shows the title as the document has it.
 */
export const collectionReferencePattern = new RegExp(
  [
    String.raw`\d+ (?:UST|UNTS|LNTS|Stat\.|ILM|CTS|Bevans) \d+`,
    String.raw`TIAS \d+(?:[-.]\d+)*`,
    String.raw`UN Doc\. \S+(?: \S+)*`,
    String.raw`FRUS \d{4}(?:–\d{2,4})?, vol\. [^,]+(?:, part \d+)?, (?:doc\.|ch\.) \S+`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
);
export const collectionReference = z
  .string()
  .regex(
    collectionReferencePattern,
    'must read like "23 UST 1168", "852 UNTS 151", "TIAS 7379", "77 Stat. 255", "UN Doc. A/RES/…", ' +
      '"FRUS 1964–1968, vol. XIV, doc. 266" or "FRUS 1948, vol. I, part 1, doc. 194"',
  );

/** A date as precise as it is known. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A source a record rests on. A URL is only given where one was actually seen; never guessed. */
export const source = z.strictObject({
  id: sourceRef,
  title: nonEmptyText,
  /** What kind of document it is (a CSL item type), so a citation renders as that kind. */
  type: z.enum(sourceTypes),
  author: nonEmptyText.optional(),
  /** Who issued the document: an id in cases/publishers.yaml. Required wherever a URL is given. */
  publisher: recordId.optional(),
  /** When the document was issued, signed or published, as precisely as known. */
  issued: partialDate.optional(),
  /** Official collection references of a treaty or document (UST, TIAS, UNTS, Stat., FRUS, …). */
  collections: z.array(collectionReference).optional(),
  /** The publisher's own address for the document: its host must be one of the publisher's hosts. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.17226/12186')
    .optional(),
  /** primary: official text, depositary or government record; secondary: everything else. */
  kind: z.enum(['primary', 'secondary']),
  note: nonEmptyText.optional(),
});
export type Source = z.infer<typeof source>;

/** A short factual claim and the sources (by local id) that support it. */
export const sourcedStatement = z.strictObject({
  text: nonEmptyText,
  sources: z.array(sourceRef).min(1, 'every statement needs at least one source'),
});
export type SourcedStatement = z.infer<typeof sourcedStatement>;

/** What happened when a mechanism was used or tested. */
export const outcome = z.strictObject({
  year: year.optional(),
  text: nonEmptyText,
  sources: z.array(sourceRef).min(1, 'every outcome needs at least one source'),
});
export type Outcome = z.infer<typeof outcome>;

// ---------------------------------------------------------------------------------------------
// Coding: the values a record takes on the codebook's features
// ---------------------------------------------------------------------------------------------

const scalarValue = z.union([z.string(), z.number(), z.boolean()]);
const rawValue = z.union([scalarValue, z.array(z.union([z.string(), z.number()]))]);

/** A coded value written in full, with the reasons a scholar needs to check it. */
export const detailedCodedValue = z.strictObject({
  value: rawValue,
  note: nonEmptyText.optional(),
  confidence: confidence.optional(),
  sources: z.array(sourceRef).optional(),
});

/** In a case file a value is written bare (`track: 1`) or in full (`track: {value: 1, note: …}`). */
export const codedValueInput = z.union([rawValue, detailedCodedValue]);
export const codingInput = z.record(featureId, codedValueInput);

/** The normalised form every compiled record carries. */
export const codedValue = z.strictObject({
  value: z.union([z.string(), z.array(z.string()), z.boolean()]),
  note: z.string().optional(),
  /** A bare value in a case file states an uncontroversial fact and is compiled as `high`. */
  confidence,
  sources: z.array(sourceRef),
  /** Set when the value comes from a technology profile rather than the record itself. */
  inheritedFrom: recordId.optional(),
});
export type CodedValue = z.infer<typeof codedValue>;
export type Coding = Record<string, CodedValue>;

// ---------------------------------------------------------------------------------------------
// Relations: typed edges of the graph
// ---------------------------------------------------------------------------------------------

/** Which kinds of record each relation may point at; checked by the compile step. */
export const relationTargets = {
  modelledOn: ['mechanism'],
  succeeds: ['mechanism'],
  amends: ['mechanism'],
  partOf: ['mechanism'],
  triggeredBy: ['event'],
  testedBy: ['event'],
  establishes: ['actor', 'mechanism'],
  implementedBy: ['actor'],
} as const satisfies Record<string, readonly RecordKind[]>;

export const relationTypes = Object.keys(relationTargets) as (keyof typeof relationTargets)[];
export const relationType = z.enum(relationTypes as [RelationType, ...RelationType[]]);
export type RelationType = keyof typeof relationTargets;

export const relation = z.strictObject({
  type: relationType,
  target: recordId,
  note: nonEmptyText.optional(),
  sources: z.array(sourceRef).optional(),
});
export type Relation = z.infer<typeof relation>;

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

export const recordKinds = ['mechanism', 'measure', 'event', 'actor', 'technology', 'verdict'] as const;
export type RecordKind = (typeof recordKinds)[number];

export const mechanismStatuses = ['active', 'not-in-force', 'superseded', 'ended', 'unknown'] as const;

/** The legal form as written in the instrument's own record (the `obligation` feature grades it). */
export const legalForms = [
  'treaty',
  'executive-agreement',
  'memorandum-of-understanding',
  'exchange-of-notes',
  'political-declaration',
  'political-commitment',
  'informal-arrangement',
  'track-2-initiative',
  'national-programme',
  'organisation-charter',
  'non-governmental-body',
] as const;

/** How far the facts of a record were confirmed, following the grades of the research fact table. */
export const factCheck = z.strictObject({
  level: z.enum(['verified', 'partly-verified']),
  note: nonEmptyText.optional(),
  /** Each pass of checking: when, what was held against which sources, and what came of it. */
  checks: z
    .array(
      z.strictObject({
        on: partialDate,
        what: nonEmptyText,
        sources: z.array(sourceRef).min(1, 'a check names the sources it was made against'),
        result: z.enum(['confirmed', 'corrected', 'open']),
        note: nonEmptyText.optional(),
      }),
    )
    .default([]),
});

/**
 * A fact that changed after it was published, so a reader who cited the old value can find what changed:
 * the field (as a path in the record), the old and new values, and the source that settled it.
 */
export const correction = z.strictObject({
  release: z.string().regex(/^\d{4}\.\d{2}(?:\.\d+)?$/, 'must be a release name such as 2026.12'),
  field: nonEmptyText,
  was: nonEmptyText,
  now: nonEmptyText,
  sources: z.array(sourceRef).min(1, 'a correction names the source that settled it'),
  note: nonEmptyText.optional(),
});
export type Correction = z.infer<typeof correction>;

/**
 * How firm a record's Chinese name is: `official` — the title of an authentic Chinese text (UN documents
 * and multilateral treaties are authentic in Chinese) or one China's government uses; `customary` — the
 * usual name in Chinese scholarship, press or reference works, no official title found; `translation` —
 * Precedents' own rendering, to be replaced when an official one is found.
 */
export const zhNameStatuses = ['official', 'customary', 'translation'] as const;

const hanText = nonEmptyText.regex(/\p{Script=Han}/u, 'must be written in Chinese');

/** Where a Chinese name is attested; required unless the name is Precedents' own translation. */
const zhNamed = {
  name: hanText,
  nameStatus: z.enum(zhNameStatuses),
  nameSource: glossaryBasis.optional(),
  /** What the translator wants a reader to know (a name found only in a later text, a term kept in English). */
  translatorNote: nonEmptyText.optional(),
};
const needsNameSource = (zh: { nameStatus: string; nameSource?: unknown }, ctx: z.RefinementCtx) => {
  if (zh.nameStatus !== 'translation' && !zh.nameSource)
    ctx.addIssue({
      code: 'custom',
      path: ['nameSource'],
      message: `a name of status ${zh.nameStatus} names its source`,
    });
};

/**
 * The Chinese of a record (issue #12): name, short name and a faithful translation of the summary — no fact
 * added, dropped or softened; the glossary's terms (cases/glossary-zh.yaml) where it has them. Key facts stay
 * English for now, and pages say so.
 */
export const recordZh = z
  .strictObject({ ...zhNamed, shortName: hanText, summary: hanText })
  .superRefine(needsNameSource);
/** Actors have no summary in English, so none in Chinese: a name, a short name where the English has one, the note. */
export const actorZh = z
  .strictObject({ ...zhNamed, shortName: hanText.optional(), note: hanText.optional() })
  .superRefine(needsNameSource);
export type RecordZh = z.infer<typeof recordZh>;
export type ActorZh = z.infer<typeof actorZh>;

const recordCommon = {
  id: recordId,
  /** Former ids of this record. Ids are cited, so an id that had to change keeps resolving. */
  aliases: z.array(recordId).default([]),
  name: nonEmptyText,
  shortName: nonEmptyText,
  /** Other names readers use for it ("Ottawa Treaty", "INCSEA", "the Hotline"), so search and free text find it. */
  commonNames: z.array(nonEmptyText).default([]),
  summary: nonEmptyText,
  keyFacts: z.array(sourcedStatement).default([]),
  coding: codingInput.default({}),
  relations: z.array(relation).default([]),
  sources: z.array(source).min(1, 'every record needs at least one source'),
  factCheck: factCheck.optional(),
  /** Facts corrected since an earlier release (see cases/releases.yaml). */
  corrections: z.array(correction).default([]),
  zh: recordZh.optional(),
};

export const mechanismInput = z.strictObject({
  ...recordCommon,
  year: year,
  inForceYear: year.optional(),
  status: z.enum(mechanismStatuses),
  endYear: year.optional(),
  parties: z.array(recordId).min(1, 'a mechanism needs at least one party'),
  /**
   * For an open multilateral instrument whose parties are too many to list: how many there were and when,
   * from a depositary or other named source; `parties` then lists the key parties only.
   */
  partiesCount: z
    .strictObject({
      count: z.int().min(1),
      asOf: partialDate,
      sources: z.array(sourceRef).min(1, 'a party count names its source'),
    })
    .optional(),
  /** Why the status is what it is, when it is `unknown` or not plain from the sources: what was searched. */
  statusNote: nonEmptyText.optional(),
  legalForm: z.enum(legalForms),
  technology: recordId.optional(),
  outcomes: z.array(outcome).default([]),
});

export const measureStatuses = ['proposed', 'agreed', 'in-practice'] as const;

/** A proposed AI governance measure, coded on the same codebook as the historical mechanisms. */
export const measureInput = z.strictObject({
  ...recordCommon,
  /** Year first proposed, where the source gives one. */
  year: year.optional(),
  status: z.enum(measureStatuses),
  proposedBy: z.array(nonEmptyText).min(1, 'name who proposed the measure'),
  parties: z.array(recordId).default([]),
  technology: recordId.optional(),
});

export const eventInput = z.strictObject({
  id: recordId,
  name: nonEmptyText,
  shortName: nonEmptyText,
  /** Other names readers use for it ("Caribbean crisis"), so search and free text find it. */
  commonNames: z.array(nonEmptyText).default([]),
  year: year,
  endYear: year.optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD')
    .optional(),
  parties: z.array(recordId).default([]),
  summary: nonEmptyText,
  keyFacts: z.array(sourcedStatement).default([]),
  sources: z.array(source).min(1, 'every record needs at least one source'),
  /** Events are checked and corrected like mechanisms, so a reader can see what changed and why. */
  factCheck: factCheck.optional(),
  corrections: z.array(correction).default([]),
  zh: recordZh.optional(),
});

export const actorTypes = [
  'state',
  'international-organisation',
  'government-agency',
  'research-institution',
  'non-governmental-organisation',
  'group',
] as const;

export const actorInput = z.strictObject({
  id: recordId,
  name: nonEmptyText,
  shortName: nonEmptyText.optional(),
  type: z.enum(actorTypes),
  /** ISO 3166-1 alpha-2 code (lower-case) for states; the USSR is `su`. */
  iso: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  note: nonEmptyText.optional(),
  zh: actorZh.optional(),
});
export const actorListInput = z.strictObject({ actors: z.array(actorInput).min(1) });

/**
 * Traits of a governed technology in a period (e.g. nuclear weapons in the 1960s), coded once and
 * inherited by every record that governs it, so one fact is never coded two different ways.
 */
export const technologyInput = z.strictObject({
  id: recordId,
  name: nonEmptyText,
  shortName: nonEmptyText,
  summary: nonEmptyText,
  fromYear: year,
  toYear: year.optional(),
  /** Words that, in a free-text query, suggest this technology (and so its traits). */
  synonyms: z.array(nonEmptyText).default([]),
  coding: codingInput,
  sources: z.array(source).min(1, 'every record needs at least one source'),
  zh: recordZh.optional(),
});

export const verdictStances = ['supports', 'partial', 'rejects'] as const;
export type VerdictStance = (typeof verdictStances)[number];

/**
 * A published claim that a proposed AI measure is (supports), partly is (partial) or is not (rejects)
 * like a historical mechanism. Shown beside computed matches, never fed into a score: it records what
 * the literature says, not what the engine computes.
 */
export const verdictInput = z.strictObject({
  id: recordId,
  name: nonEmptyText,
  shortName: nonEmptyText,
  /** Year of the publication that makes the claim. */
  year: year.optional(),
  measure: recordId,
  mechanism: recordId,
  stance: z.enum(verdictStances),
  /** The claim in our own words, as the source makes it: never stronger, never invented. */
  claim: nonEmptyText,
  /** The local id of the source (in `sources`) that makes the claim. */
  source: sourceRef,
  /** Page, section or chapter of that source, where it could be seen. */
  locator: nonEmptyText.optional(),
  /** A short passage quoted verbatim from the source, only where it was read. */
  quote: nonEmptyText.optional(),
  /** What was read and what was not (e.g. only the abstract). */
  note: nonEmptyText.optional(),
  sources: z.array(source).min(1, 'every record needs at least one source'),
  factCheck: factCheck.optional(),
});

// ---------------------------------------------------------------------------------------------
// Compiled records: what the Worker, the CLI and the web read
// ---------------------------------------------------------------------------------------------

export const mechanism = mechanismInput.extend({
  kind: z.literal('mechanism'),
  coding: z.record(z.string(), codedValue),
});
export const measure = measureInput.extend({ kind: z.literal('measure'), coding: z.record(z.string(), codedValue) });
export const event = eventInput.extend({ kind: z.literal('event') });
export const actor = actorInput.extend({ kind: z.literal('actor') });
export const technology = technologyInput.extend({
  kind: z.literal('technology'),
  coding: z.record(z.string(), codedValue),
});

export const verdict = verdictInput.extend({ kind: z.literal('verdict') });

export const caseRecord = z.discriminatedUnion('kind', [mechanism, measure, event, actor, technology, verdict]);

export type Mechanism = z.infer<typeof mechanism>;
export type Measure = z.infer<typeof measure>;
export type Event = z.infer<typeof event>;
export type Actor = z.infer<typeof actor>;
export type Technology = z.infer<typeof technology>;
export type Verdict = z.infer<typeof verdict>;
export type CaseRecord = z.infer<typeof caseRecord>;
/** Records coded on the codebook and comparable by the engine. */
export type CodedRecord = Mechanism | Measure;

// ---------------------------------------------------------------------------------------------
// The codebook: the contract between the data and the engine
// ---------------------------------------------------------------------------------------------

export const featureTypes = ['ordinal', 'set', 'categorical', 'taxonomy', 'boolean'] as const;
export type FeatureType = (typeof featureTypes)[number];

export const featureGroups = ['purpose', 'participation', 'form', 'transparency', 'technology'] as const;

/**
 * The Chinese of a codebook entry, beside the English: `label` and `description` faithful to the English
 * (the glossary's terms where it has them, cases/glossary-zh.yaml), and for values the Chinese words
 * that suggest the value in a free-text query (`synonyms`, matched like the English ones, by characters).
 */
export const zhText = z.strictObject({ label: nonEmptyText, description: nonEmptyText });
export const zhValue = zhText.extend({ synonyms: z.array(nonEmptyText).default([]) });
export const zhLabel = z.strictObject({ label: nonEmptyText });

export const featureValue = z.strictObject({
  id: valueId,
  label: nonEmptyText,
  description: nonEmptyText,
  /** Words and phrases that suggest this value in a free-text query. */
  synonyms: z.array(nonEmptyText).default([]),
  /** Taxonomy features only: the broader value this one narrows. */
  parent: valueId.optional(),
  /** Set features may group values into families (e.g. the function families of the explorer). */
  family: recordId.optional(),
  /**
   * The value a query suggests when it negates one of this value's phrases ("not intergovernmental" reads as
   * track 2). Without it a negated phrase suggests nothing.
   */
  contrary: valueId.optional(),
  zh: zhValue.optional(),
});
export type FeatureValue = z.infer<typeof featureValue>;

export const valueSimilarity = z.strictObject({
  between: z.tuple([valueId, valueId]),
  similarity: z.number().min(0).max(1),
});

export const feature = z.strictObject({
  id: featureId,
  label: nonEmptyText,
  description: nonEmptyText,
  group: z.enum(featureGroups),
  type: z.enum(featureTypes),
  /** Ordinal features list their values from low to high. */
  values: z.array(featureValue).min(2, 'a feature needs at least two values'),
  weight: z.number().min(0),
  /** Related values of set and categorical features; unlisted distinct pairs are dissimilar. */
  similarity: z.array(valueSimilarity).default([]),
  families: z.array(z.strictObject({ id: recordId, label: nonEmptyText, zh: zhLabel.optional() })).default([]),
  /** True for traits of the governed technology, coded once per technology profile. */
  perTechnology: z.boolean().default(false),
  /** Where the feature comes from in the literature on CBMs and institutions. */
  basis: nonEmptyText,
  zh: zhText.optional(),
});
export type Feature = z.infer<typeof feature>;

/**
 * One pattern of a concept: words in order, each slot a word or `a|b` alternatives (a hyphenated
 * alternative such as `side-by-side` is several words in a row; `word*` matches any word it begins),
 * with up to two other words between slots, or `..` for up to six. The object form asks for all the
 * slots in any order within a window of `within` words.
 */
export const conceptPattern = z.union([
  nonEmptyText,
  z.strictObject({ all: nonEmptyText, within: z.number().int().min(2).max(12) }),
]);
export type ConceptPattern = z.infer<typeof conceptPattern>;

/** Feature → value (or values, for a set feature) that a concept suggests. */
const conceptValues = z.record(featureId, z.union([valueId, z.array(valueId).min(1)]));

/**
 * A concept: a way of saying a codebook value in several words ("inspectors visit each other's sites",
 * "warn each other before testing"), grounded in a typology of the literature and read by pattern, not
 * by exact string.
 */
export const concept = z.strictObject({
  id: recordId,
  label: nonEmptyText,
  /** The typology or study the concept comes from. */
  basis: nonEmptyText,
  suggests: conceptValues,
  /** What a negated mention suggests instead ("without government" → track 2); nothing when absent. */
  whenNegated: conceptValues.optional(),
  /**
   * A term whose words mean something else together ("data centre" is not an institutional "centre"):
   * every shorter phrase inside it gives way, whatever its feature.
   */
  shields: z.boolean().default(false),
  patterns: z.array(conceptPattern).min(1),
  /** The concept in Chinese: its label, and Chinese patterns (the same syntax; slots are Chinese words). */
  zh: z.strictObject({ label: nonEmptyText, patterns: z.array(conceptPattern).default([]) }).optional(),
});
export type Concept = z.infer<typeof concept>;

export const preset = z.strictObject({
  id: recordId,
  label: nonEmptyText,
  description: nonEmptyText,
  /** Features not listed get weight 0 under this preset. */
  weights: z.record(featureId, z.number().min(0)),
  zh: zhText.optional(),
});
export type Preset = z.infer<typeof preset>;

/**
 * A named period of history, for restricting the precedents (`era=cold-war`). Defined once here, so the
 * API, the CLI, the workbench and the About page all mean the same years by the same name.
 */
export const era = z.strictObject({
  id: recordId,
  label: nonEmptyText,
  from: year,
  /** Open-ended when absent: the era reaches the present. */
  to: year.optional(),
  description: nonEmptyText,
  basis: nonEmptyText,
  zh: zhText.optional(),
});
export type Era = z.infer<typeof era>;

export const codebook = z
  .strictObject({
    version: z.string().regex(/^\d+\.\d+$/, 'must be MAJOR.MINOR'),
    title: nonEmptyText,
    features: z
      .array(feature)
      .min(15, 'the codebook needs 15–25 features')
      .max(25, 'the codebook needs 15–25 features'),
    presets: z.array(preset).min(1),
    concepts: z.array(concept).default([]),
    eras: z.array(era).default([]),
  })
  .superRefine((book, ctx) => {
    const seenFeatures = new Set<string>();
    book.features.forEach((f, fi) => {
      if (seenFeatures.has(f.id))
        ctx.addIssue({ code: 'custom', path: ['features', fi, 'id'], message: `duplicate feature id "${f.id}"` });
      seenFeatures.add(f.id);
      const ids = new Set<string>();
      f.values.forEach((v, vi) => {
        if (ids.has(v.id))
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'values', vi, 'id'],
            message: `duplicate value id "${v.id}"`,
          });
        ids.add(v.id);
      });
      const families = new Set(f.families.map((fam) => fam.id));
      f.values.forEach((v, vi) => {
        if (v.parent !== undefined && f.type !== 'taxonomy')
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'values', vi, 'parent'],
            message: 'only taxonomy values have a parent',
          });
        if (v.parent !== undefined && !ids.has(v.parent))
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'values', vi, 'parent'],
            message: `unknown parent "${v.parent}"`,
          });
        if (v.family !== undefined && !families.has(v.family))
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'values', vi, 'family'],
            message: `unknown family "${v.family}"`,
          });
      });
      if (f.type === 'taxonomy') {
        const roots = f.values.filter((v) => v.parent === undefined);
        if (roots.length !== 1)
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'values'],
            message: `a taxonomy needs exactly one root value; found ${roots.length}`,
          });
      }
      if (f.type === 'boolean' && (f.values.length !== 2 || !ids.has('true') || !ids.has('false')))
        ctx.addIssue({
          code: 'custom',
          path: ['features', fi, 'values'],
          message: 'a boolean feature has exactly the values "true" and "false"',
        });
      f.similarity.forEach((s, si) => {
        if (f.type !== 'set' && f.type !== 'categorical')
          ctx.addIssue({
            code: 'custom',
            path: ['features', fi, 'similarity'],
            message: 'only set and categorical features have a similarity table',
          });
        s.between.forEach((v, k) => {
          if (!ids.has(v))
            ctx.addIssue({
              code: 'custom',
              path: ['features', fi, 'similarity', si, 'between', k],
              message: `unknown value "${v}"`,
            });
        });
      });
    });
    checkConcepts(book, ctx);
    book.presets.forEach((p, pi) => {
      for (const fid of Object.keys(p.weights))
        if (!seenFeatures.has(fid))
          ctx.addIssue({ code: 'custom', path: ['presets', pi, 'weights', fid], message: `unknown feature "${fid}"` });
      if (Object.values(p.weights).every((w) => w === 0))
        ctx.addIssue({
          code: 'custom',
          path: ['presets', pi, 'weights'],
          message: 'a preset needs at least one positive weight',
        });
    });
  });
export type Codebook = z.infer<typeof codebook>;

/**
 * A named release of the case-base: a name writers can cite ("2026.12"), the date it was published, and the
 * content hash it names. Releases sit outside the hash (the hash could not name itself); what changed in a
 * release is read from the records' `corrections` and from the ids it added and retired.
 */
export const releaseName = z.string().regex(/^\d{4}\.\d{2}(?:\.\d+)?$/, 'must be a release name such as 2026.12');
export const release = z.strictObject({
  name: releaseName,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  datasetVersion: z.string().regex(/^[0-9a-f]{12}$/, 'must be a 12-character dataset version'),
  summary: nonEmptyText,
  added: z.array(recordId).default([]),
  retired: z.array(z.strictObject({ id: recordId, note: nonEmptyText, replacedBy: recordId.optional() })).default([]),
});
export type Release = z.infer<typeof release>;
export const releaseListInput = z.strictObject({ releases: z.array(release) });
/** A pattern slot: `a|b` alternatives of words, hyphenated runs or `prefix*`; `..` widens the gap. */
const slotSyntax = /^(?:[a-z0-9'’.]+(?:-[a-z0-9'’.]+)*\*?)(?:\|[a-z0-9'’.]+(?:-[a-z0-9'’.]+)*\*?)*$/;
/** A Chinese pattern's slot: Chinese words (or lower-case Latin ones, "ai") as `a|b` alternatives, no prefixes. */
const zhSlotSyntax = /^[\p{Script=Han}a-z0-9]+(?:\|[\p{Script=Han}a-z0-9]+)*$/u;

/** Concepts name real features and values, no per-technology trait, and well-formed patterns. */
function checkConcepts(
  book: {
    features: { id: string; values: { id: string; contrary?: string }[]; perTechnology: boolean }[];
    concepts: Concept[];
  },
  ctx: z.RefinementCtx,
) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const features = new Map(book.features.map((f) => [f.id, f]));
  book.features.forEach((f, fi) =>
    f.values.forEach((v, vi) => {
      if (v.contrary !== undefined && (v.contrary === v.id || !f.values.some((o) => o.id === v.contrary)))
        issue(['features', fi, 'values', vi, 'contrary'], `"${v.contrary}" is not another value of "${f.id}"`);
    }),
  );
  const seen = new Set<string>();
  book.concepts.forEach((c, ci) => {
    if (seen.has(c.id)) issue(['concepts', ci, 'id'], `duplicate concept id "${c.id}"`);
    seen.add(c.id);
    for (const key of ['suggests', 'whenNegated'] as const)
      for (const [fid, value] of Object.entries(c[key] ?? {})) {
        const f = features.get(fid);
        const at = ['concepts', ci, key, fid];
        if (!f) issue(at, `unknown feature "${fid}"`);
        else if (f.perTechnology) issue(at, `"${fid}" is coded per technology, not read from text`);
        else
          for (const v of [value].flat())
            if (!f.values.some((o) => o.id === v)) issue(at, `unknown value "${v}" of "${fid}"`);
      }
    const checkPatterns = (patterns: ConceptPattern[], at: (string | number)[], syntax: RegExp) =>
      patterns.forEach((p, pi) => {
        const slots = (typeof p === 'string' ? p : p.all).trim().split(/\s+/);
        const bad = slots.find((s) => s !== '..' && !syntax.test(s));
        const words = slots.filter((s) => s !== '..');
        if (bad !== undefined || words.length === 0 || (typeof p !== 'string' && slots.includes('..')))
          issue([...at, pi], `malformed pattern${bad ? ` at "${bad}"` : ''}`);
        else if (typeof p !== 'string' && words.length > p.within)
          issue([...at, pi, 'within'], 'the window is shorter than the pattern');
      });
    checkPatterns(c.patterns, ['concepts', ci, 'patterns'], slotSyntax);
    if (c.zh) checkPatterns(c.zh.patterns, ['concepts', ci, 'zh', 'patterns'], zhSlotSyntax);
  });
}

export const compiledCaseBase = z.strictObject({
  datasetVersion: z.string(),
  codebook,
  publishers: z.array(publisher),
  records: z.array(caseRecord),
  /** Oldest first. Not part of the content hash. */
  releases: z.array(release),
  /** Models the literature names that are out of scope on purpose (cases/out-of-scope.yaml), when the file exists. */
  outOfScope: z.array(outOfScopeModel).optional(),
  /** The Chinese glossary (cases/glossary-zh.yaml), when the file exists. */
  glossary: z.array(glossaryTerm).optional(),
});
export type CompiledCaseBase = z.infer<typeof compiledCaseBase>;
