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
import { recordIdMaxLength, recordIdMessage, recordIdPattern } from '../record-id.ts';
import { verdictStances } from '../schema.ts';

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
} as const;

export type MatchBounds = {
  [K in keyof typeof matchBounds]: (typeof matchBounds)[K] extends { min: number; max: number }
    ? { min: number; max: number }
    : number;
};

/** The command line runs on the reader's machine: longer rankings and more robustness runs. */
export const cliBounds: MatchBounds = { ...matchBounds, limit: { min: 1, max: 200 }, runs: { min: 0, max: 5000 } };

export const matchDefaults = { limit: 10, seed: 1, runs: 200, textWeight: 0.3 } as const;

export const recordIdField = () => z.string().max(recordIdMaxLength).regex(recordIdPattern, recordIdMessage);
const key = (bounds: MatchBounds) => z.string().max(bounds.keyLength);
const whole = (range: { min: number; max: number }) => z.int().min(range.min).max(range.max);
const number = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);
const text = (bounds: MatchBounds) => z.string().trim().min(1).max(bounds.textLength);

/** Feature values as in a case file: a value id, a list of them, a boolean (numbers are read as ids). */
const featuresField = (bounds: MatchBounds) =>
  z
    .record(key(bounds), z.union([key(bounds), z.number(), z.boolean(), z.array(z.union([key(bounds), z.number()])).max(bounds.setValues)]))
    .refine((f) => Object.keys(f).length <= bounds.features, `at most ${bounds.features} features`);
const weightsField = (bounds: MatchBounds) =>
  z
    .record(key(bounds), number(bounds.weight))
    .refine((w) => Object.keys(w).length <= bounds.weights, `at most ${bounds.weights} weights`);

/** The body of POST /api/v1/match (and of a permalink's query), within the given bounds. */
export function matchRequestSchemaFor(bounds: MatchBounds) {
  return z.strictObject({
    text: text(bounds).optional().meta({ description: 'Describe a measure in words', example: 'a hotline to clarify AI incidents between rival militaries' }),
    measure: recordIdField().optional().meta({ description: 'Compare this measure (or any mechanism) against the case-base', example: 'ai-incident-communication' }),
    features: featuresField(bounds)
      .optional()
      .meta({ description: 'Feature values as in a case file; they override the measure and the text', example: { function: ['communication-link'], partiesStructure: 'bilateral' } }),
    weights: weightsField(bounds).optional().meta({ description: `Weights from ${bounds.weight.min} to ${bounds.weight.max}, over the preset's` }),
    preset: key(bounds).optional().meta({ example: 'feasible-under-low-trust' }),
    limit: whole(bounds.limit).optional().meta({ description: `Number of results (default ${matchDefaults.limit})` }),
    seed: whole(bounds.seed).optional().meta({ description: `Seed of the robustness check (default ${matchDefaults.seed})` }),
    runs: whole(bounds.runs).optional().meta({ description: `Runs of the robustness check (default ${matchDefaults.runs})` }),
    textWeight: number(bounds.textWeight)
      .optional()
      .meta({ description: `Share of lexical relevance in the score when text is given (default ${matchDefaults.textWeight})` }),
    includeMeasures: z.boolean().optional().meta({ description: 'Rank proposed measures too, not only historical mechanisms' }),
  });
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
  limit: wholeParam(matchBounds.limit).optional().meta({ description: `Number of results (default ${matchDefaults.limit})` }),
  seed: wholeParam(matchBounds.seed).optional().meta({ description: `Seed of the robustness check (default ${matchDefaults.seed})` }),
  runs: wholeParam(matchBounds.runs).optional().meta({ description: `Runs of the robustness check (default ${matchDefaults.runs})` }),
  textWeight: numberParam(matchBounds.textWeight).optional().meta({ description: `Share of lexical relevance (default ${matchDefaults.textWeight})` }),
  includeMeasures: flagParam().optional(),
});

/** GET /api/v1/match: every scalar field of the request (features and weights need the body). */
export const matchQuerySchema = matchParamsSchema.omit({ features: true, weights: true });

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
export const trajectorySchema = z.object({ predecessors: z.array(trajectoryStepSchema), successors: z.array(trajectoryStepSchema) });
export type Trajectory = z.infer<typeof trajectorySchema>;

export const robustnessSchema = z.object({
  /** Share of runs in which the result stays in the top k. */
  topK: z.number(),
  k: z.int(),
  rankMin: z.int(),
  rankMax: z.int(),
  runs: z.int(),
});
export type Robustness = z.infer<typeof robustnessSchema>;

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
  robustness: robustnessSchema,
  trajectory: trajectorySchema,
});
export type MatchResult = z.infer<typeof matchResultSchema>;

export const queryFeatureOrigins = ['measure', 'technology', 'text', 'request'] as const;
export type QueryFeatureOrigin = (typeof queryFeatureOrigins)[number];

export const suggestionSchema = z.object({ feature: z.string(), value, matched: z.array(z.string()) });

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
});

/** What the engine answers (src/domain/match/match.ts). */
export const matchResponseSchema = z.object({
  datasetVersion: z.string(),
  engineVersion: z.string(),
  query: matchQueryEchoSchema,
  results: z.array(matchResultSchema),
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
      year: z.int().optional(),
      date: z.string().optional(),
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
      description: 'Published verdicts on the queried measure or on a ranked mechanism. Shown beside the ranking; they never enter a score.',
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
  .object({ value, label: z.string(), confidence: confidenceSchema, note: z.string().optional(), inheritedFrom: z.string().optional() })
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
export const compareQuerySchema = z.object({ a: recordIdField(), b: recordIdField(), preset: key(matchBounds).optional() });
