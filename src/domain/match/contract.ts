/**
 * The contract of a comparison, written once: the bounds of a request, its defaults, the request schema
 * and the response schema, in plain zod, with the types inferred from them. The API's routes document
 * and validate with these schemas, the CLI validates its options and every batch line with them, the
 * permalink reader (domain, CLI, web) reads its parameters with them, and the workbench keeps its state
 * within the same bounds — so what one door refuses, every door refuses.
 *
 * Bounds keep one request cheap: the engine's cost grows with runs × candidates. The CLI runs on the
 * reader's own machine and may ask for more (`cliBounds`); everything else is the same.
 */
import * as z from 'zod';
import { languages } from '../i18n/lang.ts';
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from '../record-id.ts';
import type { VerdictStance } from '../schema.ts';

// No generated code: zod would otherwise compile object parsers with `new Function`, which the site's
// Content-Security-Policy forbids (the browser reports the attempt) and the Workers runtime refuses. Set
// before any schema below is built; this module imports no other schemas, so the browser never builds one first.
z.config({ jitless: true });

/** The stances of a verdict, as src/domain/schema.ts defines them (checked below), without bundling that module. */
const verdictStances = ['supports', 'partial', 'rejects'] as const;
type SameStances = [VerdictStance] extends [(typeof verdictStances)[number]]
  ? [(typeof verdictStances)[number]] extends [VerdictStance]
    ? true
    : never
  : never;
const sameStances: SameStances = true;
void sameStances;

export const matchBounds = {
  textLength: 2000,
  /** Length of a feature id, preset id or feature value in a request. */
  keyLength: 64,
  features: 25,
  weights: 25,
  setValues: 30,
  weight: { min: 0, max: 100 },
  limit: { min: 1, max: 50 },
  seed: { min: 0, max: 4294967295 },
  runs: { min: 0, max: 1000 },
  textWeight: { min: 0, max: 1 },
  year: { min: 1800, max: 2100 },
  /** Results in the contemporary lane (AI-domain records). */
  contemporary: { min: 0, max: 50 },
} as const;

export type MatchBounds = {
  [K in keyof typeof matchBounds]: (typeof matchBounds)[K] extends { min: number; max: number }
    ? { min: number; max: number }
    : number;
};

/** The command line runs on the reader's machine: longer rankings and more robustness runs. */
export const cliBounds: MatchBounds = { ...matchBounds, limit: { min: 1, max: 200 }, runs: { min: 0, max: 5000 } };

export const matchDefaults = {
  limit: 10,
  seed: 1,
  runs: 200,
  textWeight: 0.3,
  group: 'family',
  contemporary: 5,
} as const;

/** `family`: one result per lineage family, headed by its best member; `none`: every record on its own. */
export const groupings = ['family', 'none'] as const;
export type Grouping = (typeof groupings)[number];

/**
 * The language of the engine's sentences (explanations, notices): a query parameter on every door (POST and
 * GET /api/v1/match, /api/v1/compare, a permalink), never part of the body, since it changes the words, not the ranking.
 */
export const langParam = () =>
  z
    .enum(languages)
    .optional()
    .meta({ description: 'Language of the explanations and notices: en (default) or zh (Chinese)' });
export const langQuerySchema = z.object({ lang: langParam() });

export const recordIdField = () => z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);
const key = (bounds: MatchBounds) => z.string().max(bounds.keyLength);
const whole = (range: { min: number; max: number }) => z.int().min(range.min).max(range.max);
const number = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);
const text = (bounds: MatchBounds) => z.string().trim().min(1).max(bounds.textLength);
/** What the count and robustness options mean, the same in the body and as URL parameters. */
const described = {
  limit: { description: `Number of results (default ${matchDefaults.limit})` },
  seed: { description: `Seed of the robustness check (default ${matchDefaults.seed})` },
  runs: { description: `Runs of the robustness check (default ${matchDefaults.runs})` },
};

/** Feature values as in a case file: a value id, a list of them, a boolean (numbers are read as ids). */
const featuresField = (bounds: MatchBounds) =>
  z
    .record(
      key(bounds),
      z.union([
        key(bounds),
        z.number(),
        z.boolean(),
        z.array(z.union([key(bounds), z.number()])).max(bounds.setValues),
      ]),
    )
    .refine((f) => Object.keys(f).length <= bounds.features, `at most ${bounds.features} features`);
const weightsField = (bounds: MatchBounds) =>
  z
    .record(key(bounds), number(bounds.weight))
    .refine((w) => Object.keys(w).length <= bounds.weights, `at most ${bounds.weights} weights`);

/** The body of POST /api/v1/match (and of a permalink's query), within the given bounds. */
export function matchRequestSchemaFor(bounds: MatchBounds) {
  return z.strictObject({
    text: text(bounds).optional().meta({
      description: 'Describe a measure in words',
      example: 'a hotline to clarify AI incidents between rival militaries',
    }),
    measure: recordIdField().optional().meta({
      description: 'Compare this measure (or any mechanism) against the case-base',
      example: 'ai-incident-communication',
    }),
    features: featuresField(bounds)
      .optional()
      .meta({
        description: 'Feature values as in a case file; they override the measure and the text',
        example: { function: ['communication-link'], partiesStructure: 'bilateral' },
      }),
    weights: weightsField(bounds)
      .optional()
      .meta({ description: `Weights from ${bounds.weight.min} to ${bounds.weight.max}, over the preset's` }),
    preset: key(bounds).optional().meta({ example: 'feasible-under-low-trust' }),
    limit: whole(bounds.limit).optional().meta(described.limit),
    seed: whole(bounds.seed).optional().meta(described.seed),
    runs: whole(bounds.runs).optional().meta(described.runs),
    textWeight: number(bounds.textWeight)
      .optional()
      .meta({
        description: `Share of lexical relevance in the score when text is given (default ${matchDefaults.textWeight})`,
      }),
    includeMeasures: z
      .boolean()
      .optional()
      .meta({ description: 'Rank proposed measures too, not only historical mechanisms' }),
    ...historyFields(bounds),
  });
}

/** Grouping, the historical lane and the period: the same in the body and as URL parameters but for numbers. */
function historyFields(bounds: MatchBounds) {
  return {
    group: z
      .enum(groupings)
      .optional()
      .meta({ description: `One result per lineage family (family, the default) or every record alone (none)` }),
    era: key(bounds).optional().meta({
      description: 'A named era of the codebook (e.g. cold-war); restricts the precedents to its years',
      example: 'cold-war',
    }),
    from: whole(bounds.year).optional().meta({ description: 'Earliest year of a precedent' }),
    to: whole(bounds.year).optional().meta({ description: 'Latest year of a precedent' }),
    contemporary: whole(bounds.contemporary)
      .optional()
      .meta({
        description: `AI-domain records shown apart, "already under way" (default ${matchDefaults.contemporary})`,
      }),
  };
}

export const matchRequestSchema = matchRequestSchemaFor(matchBounds);
export type MatchRequest = z.infer<typeof matchRequestSchema>;

/** A whole number in a URL parameter: digits only (no sign, exponent or blank), then the same bounds. */
const wholeParam = (range: { min: number; max: number }) =>
  z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${range.min} to ${range.max}`)
    .transform(Number)
    .pipe(whole(range));
/** A number in a URL parameter, as JavaScript writes one (`0.25`, `1e-7`), then the same bounds. */
const numberParam = (range: { min: number; max: number }) =>
  z
    .string()
    .refine((s) => s.trim() !== '' && Number.isFinite(Number(s)), `expected a number from ${range.min} to ${range.max}`)
    .transform(Number)
    .pipe(number(range));
const flagParam = () =>
  z
    .enum(['1', '0'])
    .transform((s) => s === '1')
    .meta({ description: '1 for yes, 0 for no' });

/**
 * The request as URL parameters (GET /api/v1/match, a permalink): numbers and flags as strings, read
 * into the same bounds as the body. Features and weights, JSON in a permalink, are parsed before.
 */
export const matchParamsSchema = z.object({
  measure: recordIdField().optional().meta({ example: 'ai-crisis-hotline' }),
  text: text(matchBounds).optional(),
  features: featuresField(matchBounds).optional(),
  weights: weightsField(matchBounds).optional(),
  preset: key(matchBounds).optional(),
  limit: wholeParam(matchBounds.limit).optional().meta(described.limit),
  seed: wholeParam(matchBounds.seed).optional().meta(described.seed),
  runs: wholeParam(matchBounds.runs).optional().meta(described.runs),
  textWeight: numberParam(matchBounds.textWeight)
    .optional()
    .meta({ description: `Share of lexical relevance (default ${matchDefaults.textWeight})` }),
  includeMeasures: flagParam().optional(),
  group: z.enum(groupings).optional().meta({ description: 'family (default) or none' }),
  era: key(matchBounds).optional().meta({ description: 'A named era of the codebook', example: 'cold-war' }),
  from: wholeParam(matchBounds.year).optional().meta({ description: 'Earliest year of a precedent' }),
  to: wholeParam(matchBounds.year).optional().meta({ description: 'Latest year of a precedent' }),
  contemporary: wholeParam(matchBounds.contemporary)
    .optional()
    .meta({ description: `AI-domain records shown apart (default ${matchDefaults.contemporary})` }),
});

/** A JSON object in a URL parameter (`features={"track":"1"}`), then the body's own schema for it. */
const jsonParam = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** GET /api/v1/match: every field of the request, features and weights as JSON objects. */
export const matchQuerySchema = matchParamsSchema.extend({
  lang: langParam(),
  features: jsonParam(featuresField(matchBounds)).optional().meta({ description: 'Feature values, as a JSON object' }),
  weights: jsonParam(weightsField(matchBounds)).optional().meta({ description: 'Weights, as a JSON object' }),
});

// ---------------------------------------------------------------------------------------------
// The response
// ---------------------------------------------------------------------------------------------

const value = z.union([z.string(), z.array(z.string()), z.boolean()]);
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const valueEvidenceSchema = z.object({
  value,
  label: z.string(),
  confidence: confidenceSchema,
  note: z.string().optional(),
  inheritedFrom: z.string().optional(),
  sources: z.array(z.object({ title: z.string(), url: z.string().optional() })),
});
export type ValueEvidence = z.infer<typeof valueEvidenceSchema>;

/** A shared feature or a disanalogy, in a sentence, with the evidence for both values. */
export const pointSchema = z
  .object({
    feature: z.string(),
    label: z.string(),
    similarity: z.number(),
    weight: z.number(),
    text: z.string(),
    query: valueEvidenceSchema,
    precedent: valueEvidenceSchema,
  })
  .meta({ id: 'Point' });
export type Point = z.infer<typeof pointSchema>;

export const trajectoryStepSchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.int().optional(),
  /** How this step is linked to the next one towards (or from) the precedent. */
  relation: z.string(),
  /** 1 for a direct link, 2 for a link of a link, … */
  distance: z.int(),
});
export type TrajectoryStep = z.infer<typeof trajectoryStepSchema>;
export const trajectorySchema = z.object({
  predecessors: z.array(trajectoryStepSchema),
  successors: z.array(trajectoryStepSchema),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

const robustnessFigures = {
  /** Share of runs in which the result stays in the top k. */
  topK: z.number(),
  k: z.int(),
  rankMin: z.int(),
  rankMax: z.int(),
  runs: z.int(),
};
export const robustnessSchema = z.object(robustnessFigures);
export type Robustness = z.infer<typeof robustnessSchema>;

/** The weight figures, and beside them the same runs with plausible re-codings of doubtful values. */
export const resultRobustnessSchema = z.object({
  ...robustnessFigures,
  coding: robustnessSchema.meta({
    description:
      'The same reweighted runs, with values coded at low or medium confidence re-coded to a neighbouring value (low 50 %, medium 20 %, high never)',
  }),
});
export type ResultRobustness = z.infer<typeof resultRobustnessSchema>;

/** A lineage family: the records joined by succeeds, amends or partOf. */
export const familySchema = z.object({
  id: z.string().meta({ description: "The founding record's id" }),
  name: z.string(),
  members: z
    .array(
      z.object({ id: z.string(), name: z.string(), year: z.int().optional(), relation: z.string(), score: z.number() }),
    )
    .meta({ description: 'The other members ranked, best first, with their own scores; empty for a record alone' }),
});
export type Family = z.infer<typeof familySchema>;

export const contributionSchema = z.object({
  feature: z.string(),
  similarity: z.number().nullable(),
  weight: z.number(),
  reliability: z.number().nullable(),
  contribution: z.number(),
});

export const matchResultSchema = z.object({
  rank: z.int(),
  id: z.string(),
  kind: z.enum(['mechanism', 'measure']),
  name: z.string(),
  year: z.int().optional(),
  score: z.number(),
  similarity: z.number(),
  coverage: z.number(),
  lexical: z.number().optional(),
  contributions: z.array(contributionSchema),
  shared: z.array(pointSchema),
  disanalogies: z.array(pointSchema),
  robustness: resultRobustnessSchema,
  trajectory: trajectorySchema,
  family: familySchema,
});
export type MatchResult = z.infer<typeof matchResultSchema>;

export const queryFeatureOrigins = ['measure', 'technology', 'text', 'request'] as const;
export type QueryFeatureOrigin = (typeof queryFeatureOrigins)[number];

export const suggestionSchema = z.object({
  feature: z.string(),
  value,
  matched: z.array(z.string()),
  confidence: z.enum(['high', 'medium', 'low']).optional(),
});

export const understandingLevels = ['none', 'low', 'fair', 'good'] as const;
export type UnderstandingLevel = (typeof understandingLevels)[number];

/** How much of the query's words the engine understood (src/domain/match/understanding.ts). */
export const understandingSchema = z.object({
  level: z.enum(understandingLevels),
  recognised: z.array(z.object({ phrase: z.string(), feature: z.string(), value: z.string() })),
  unrecognised: z
    .array(z.string())
    .meta({ description: 'Content words matched neither in the codebook nor in any record' }),
  coverage: z
    .number()
    .meta({ description: 'Share of the content words understood, through the codebook or the records' }),
  named: z
    .array(z.object({ phrase: z.string(), id: z.string() }))
    .meta({ description: 'Precedents the words name (by name, short name, common name or id)' }),
  outOfScope: z
    .array(
      z.object({ phrase: z.string(), id: z.string(), name: z.string(), why: z.string(), closest: z.array(z.string()) }),
    )
    .meta({
      description: 'Models the words name that the case-base leaves out on purpose, with the closest records in scope',
    }),
});
export type Understanding = z.infer<typeof understandingSchema>;

/** The query as the engine read it: what was asked, the options in force, and where each feature value came from. */
export const matchQueryEchoSchema = z.object({
  text: z.string().optional(),
  measure: z.string().optional(),
  preset: z.string().optional(),
  seed: z.int(),
  runs: z.int(),
  textWeight: z.number(),
  weights: z.record(z.string(), z.number()),
  features: z.record(
    z.string(),
    z.object({ value, from: z.enum(queryFeatureOrigins), matched: z.array(z.string()).optional() }),
  ),
  suggestions: z.array(suggestionSchema),
  technology: z.string().optional(),
  understanding: understandingSchema,
  group: z.enum(groupings),
  contemporary: z.int(),
  era: z.string().optional(),
  from: z.int().optional(),
  to: z.int().optional(),
  lang: z.enum(languages).optional().meta({ description: 'The language asked for, when not the default (en)' }),
});

/** What the engine answers (src/domain/match/match.ts). */
export const matchResponseSchema = z.object({
  datasetVersion: z.string(),
  engineVersion: z.string(),
  query: matchQueryEchoSchema,
  results: z.array(matchResultSchema),
  contemporary: z.array(matchResultSchema).meta({
    description:
      'Records about AI (domain under artificial-intelligence), ranked apart: already under way, not precedents',
  }),
  notice: z.string().optional().meta({
    description:
      'Said when the engine understood little or nothing of the words, or the words name a model outside the case-base',
  }),
});
export type MatchResponse = z.infer<typeof matchResponseSchema>;

/** A published claim that a measure is, partly is, or is not like a mechanism (a `verdict` record). */
export const verdictNoteSchema = z
  .object({
    id: z.string(),
    measure: z.string(),
    mechanism: z.string(),
    stance: z.enum(verdictStances),
    claim: z.string(),
    source: z.object({
      title: z.string(),
      author: z.string().optional(),
      publisher: z.string().optional(),
      issued: z.string().optional(),
      url: z.string().optional(),
      doi: z.string().optional(),
      locator: z.string().optional(),
    }),
    rank: z.int().optional().meta({ description: "The mechanism's rank in these results, if ranked" }),
  })
  .meta({ id: 'VerdictNote' });
export type VerdictNote = z.infer<typeof verdictNoteSchema>;

/** A ranking as the API serves it: the engine's answer, and the published verdicts beside it. */
export const rankingSchema = matchResponseSchema
  .extend({
    verdicts: z.array(verdictNoteSchema).meta({
      description:
        'Published verdicts on the queried measure or on a ranked mechanism. Shown beside the ranking; they never enter a score.',
    }),
  })
  .meta({ id: 'MatchResponse' });
export type Ranking = z.infer<typeof rankingSchema>;

/** Whether an opened permalink shows the pinned result, or the current one for the same query. */
export const permalinkStatusSchema = z
  .object({
    /** True when the versions served are the pinned ones, so the result is the pinned result. */
    reproduced: z.boolean(),
    changes: z.array(z.enum(['dataset', 'engine'])),
    pinned: z.object({ datasetVersion: z.string(), engineVersion: z.string() }),
    current: z.object({ datasetVersion: z.string(), engineVersion: z.string() }),
    /** The named release the pinned dataset version is, and where its release notes and the changes since are. */
    pinnedRelease: z.object({ name: z.string(), notes: z.string(), changes: z.string() }).optional(),
    /** One plain paragraph for the page and the API. */
    message: z.string(),
  })
  .meta({ id: 'PermalinkStatus' });
export type PermalinkStatus = z.infer<typeof permalinkStatusSchema>;
export type PermalinkChange = PermalinkStatus['changes'][number];

// ---------------------------------------------------------------------------------------------
// Two records side by side (GET /api/v1/compare)
// ---------------------------------------------------------------------------------------------

const sideValueSchema = z
  .object({
    value,
    label: z.string(),
    confidence: confidenceSchema,
    note: z.string().optional(),
    inheritedFrom: z.string().optional(),
  })
  .nullable();
const recordHeadSchema = z.object({ id: z.string(), kind: z.enum(['mechanism', 'measure']), name: z.string() });

export const comparisonSchema = z
  .object({
    datasetVersion: z.string(),
    engineVersion: z.string(),
    a: recordHeadSchema,
    b: recordHeadSchema,
    score: z.number(),
    similarity: z.number(),
    coverage: z.number(),
    features: z.array(
      z.object({
        feature: z.string(),
        label: z.string(),
        weight: z.number(),
        similarity: z.number().nullable(),
        a: sideValueSchema,
        b: sideValueSchema,
      }),
    ),
    shared: z.array(pointSchema),
    disanalogies: z.array(pointSchema),
  })
  .meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof comparisonSchema>;
export const compareQuerySchema = z.object({
  a: recordIdField().meta({ example: 'ai-crisis-hotline' }),
  b: recordIdField().meta({ example: 'us-ussr-hotline-mou-1963' }),
  preset: key(matchBounds).optional(),
  lang: langParam(),
});

// ---------------------------------------------------------------------------------------------
// Where does a record rank? (GET /api/v1/match/explain)
// ---------------------------------------------------------------------------------------------

/** The example request of the API reference: "Try it out" sends it as it stands. */
export const exampleMatchRequest = { measure: 'ai-crisis-hotline', preset: 'function', limit: 5, runs: 50 } as const;

// Its notes are English only, so it takes no `lang`: asking for Chinese here is refused, not silently ignored.
export const explainQuerySchema = matchQuerySchema.omit({ lang: true }).extend({
  candidate: recordIdField().meta({ example: 'us-ussr-incsea-1972' }),
});

export const explanationSchema = z
  .object({
    datasetVersion: z.string(),
    engineVersion: z.string(),
    candidate: z.object({ id: z.string(), name: z.string(), year: z.int().optional() }),
    lane: z.enum(['precedents', 'contemporary', 'excluded']).meta({ description: 'Where the record is ranked' }),
    rank: z.int().nullable().meta({ description: 'Its rank (its family’s, when grouped); null when it is not ranked' }),
    score: z.number(),
    family: familySchema.nullable(),
    cutoff: z
      .object({ rank: z.int(), score: z.number(), id: z.string() })
      .nullable()
      .meta({ description: 'The last result shown (rank = limit)' }),
    gap: z
      .number()
      .meta({ description: 'Cutoff score minus its score (positive: how far below the shown results it falls)' }),
    features: z.array(
      z.object({
        feature: z.string(),
        similarity: z.number().nullable(),
        weight: z.number(),
        contribution: z.number().meta({ description: 'Points of the score this feature brings' }),
        versusCutoff: z
          .number()
          .meta({ description: 'Its contribution minus the cutoff result’s: negative where the feature costs it' }),
      }),
    ),
    notes: z.array(z.string()),
  })
  .meta({ id: 'Explanation' });
export type Explanation = z.infer<typeof explanationSchema>;
