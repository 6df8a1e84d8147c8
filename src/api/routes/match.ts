import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { compareRecords } from '../../domain/match/compare-records.ts';
import { match, type MatchProblem, type MatchRequest } from '../../domain/match/match.ts';
import { verdictStances } from '../../domain/schema.ts';
import { withVerdicts } from '../../domain/verdicts.ts';
import { createRouter, recordIdParam } from '../app-env.ts';
import { jsonPointer, problemResponse, unprocessable } from '../problem.ts';


/** Bounds keep one request cheap: the engine's cost grows with runs × candidates. */
export const matchBody = z
  .strictObject({
    text: z.string().trim().min(1).max(2000).optional().openapi({ description: 'Describe a measure in words', example: 'a hotline to clarify AI incidents between rival militaries' }),
    measure: recordIdParam().optional().openapi({ description: 'Compare this measure (or any mechanism) against the case-base', example: 'ai-incident-communication' }),
    features: z
      .record(z.string().max(64), z.union([z.string().max(64), z.number(), z.boolean(), z.array(z.union([z.string().max(64), z.number()])).max(30)]))
      .refine((f) => Object.keys(f).length <= 25, 'at most 25 features')
      .optional()
      .openapi({ description: 'Feature values as in a case file; they override the measure and the text', example: { function: ['communication-link'], partiesStructure: 'bilateral' } }),
    weights: z.record(z.string().max(64), z.number().min(0).max(100)).refine((w) => Object.keys(w).length <= 25, 'at most 25 weights').optional(),
    preset: z.string().max(64).optional().openapi({ example: 'feasible-under-low-trust' }),
    limit: z.int().min(1).max(50).optional().openapi({ description: 'Number of results (default 10)' }),
    seed: z.int().min(0).max(4294967295).optional().openapi({ description: 'Seed of the robustness check (default 1)' }),
    runs: z.int().min(0).max(1000).optional().openapi({ description: 'Weight perturbations in the robustness check (default 200)' }),
    textWeight: z.number().min(0).max(1).optional().openapi({ description: 'Share of lexical relevance in the score when text is given (default 0.3)' }),
    includeMeasures: z.boolean().optional().openapi({ description: 'Rank proposed measures too, not only historical mechanisms' }),
  })
  .openapi('MatchRequest');

const evidence = z.object({
  value: z.union([z.string(), z.array(z.string()), z.boolean()]),
  label: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string().optional(),
  inheritedFrom: z.string().optional(),
  sources: z.array(z.object({ title: z.string(), url: z.string().optional() })),
});
const point = z.object({ feature: z.string(), label: z.string(), similarity: z.number(), weight: z.number(), text: z.string(), query: evidence, precedent: evidence }).openapi('Point');
const step = z.object({ id: z.string(), name: z.string(), year: z.int().optional(), relation: z.string(), distance: z.int() });

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
    rank: z.int().optional().openapi({ description: "The mechanism's rank in these results, if ranked" }),
  })
  .openapi('VerdictNote');

export const matchResponse = z
  .object({
    datasetVersion: z.string(),
    engineVersion: z.string(),
    query: z.object({
      text: z.string().optional(),
      measure: z.string().optional(),
      preset: z.string().optional(),
      seed: z.int(),
      runs: z.int(),
      textWeight: z.number(),
      weights: z.record(z.string(), z.number()),
      features: z.record(z.string(), z.object({ value: z.union([z.string(), z.array(z.string()), z.boolean()]), from: z.enum(['measure', 'technology', 'text', 'request']), matched: z.array(z.string()).optional() })),
      suggestions: z.array(z.object({ feature: z.string(), value: z.union([z.string(), z.array(z.string()), z.boolean()]), matched: z.array(z.string()), confidence: z.enum(['low', 'medium']) })),
      technology: z.string().optional(),
    }),
    results: z.array(
      z.object({
        rank: z.int(),
        id: z.string(),
        kind: z.enum(['mechanism', 'measure']),
        name: z.string(),
        year: z.int().optional(),
        score: z.number(),
        similarity: z.number(),
        coverage: z.number(),
        lexical: z.number().optional(),
        contributions: z.array(z.object({ feature: z.string(), similarity: z.number().nullable(), weight: z.number(), reliability: z.number().nullable(), contribution: z.number() })),
        shared: z.array(point),
        disanalogies: z.array(point),
        robustness: z.object({ topK: z.number(), k: z.int(), rankMin: z.int(), rankMax: z.int(), runs: z.int() }),
        trajectory: z.object({ predecessors: z.array(step), successors: z.array(step) }),
      }),
    ),
    verdicts: z
      .array(verdictNoteSchema)
      .openapi({ description: 'Published verdicts on the queried measure or on a ranked mechanism. Shown beside the ranking; they never enter a score.' }),
  })
  .openapi('MatchResponse');

export function domainProblem(c: Context, where: 'body' | 'query', problems: MatchProblem[]) {
  const errors = problems.map((p) => ({ in: where, pointer: jsonPointer(p.path), detail: p.message }));
  return unprocessable(c, errors);
}

export const postMatchRoute = createRoute({
  method: 'post',
  path: '/api/v1/match',
  summary: 'Rank historical precedents for a measure, free text or features, with explanations and robustness',
  tags: ['engine'],
  request: { body: { required: true, content: { 'application/json': { schema: matchBody } } } },
  responses: {
    200: { description: 'Ranked precedents', content: { 'application/json': { schema: matchResponse } } },
    400: problemResponse('The body is not JSON'),
    413: problemResponse('The body is too large'),
    422: problemResponse('The request breaks the contract'),
  },
});

export const matchQuery = z.object({
  measure: recordIdParam().optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  preset: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  seed: z.coerce.number().int().min(0).max(4294967295).optional(),
});

export const getMatchRoute = createRoute({
  method: 'get',
  path: '/api/v1/match',
  summary: 'The same ranking for a measure or text, as a cacheable GET',
  tags: ['engine'],
  request: { query: matchQuery },
  responses: {
    200: { description: 'Ranked precedents', content: { 'application/json': { schema: matchResponse } } },
    422: problemResponse('A parameter is invalid'),
  },
});

export const compareRoute = createRoute({
  method: 'get',
  path: '/api/v1/compare',
  summary: 'Two records side by side, feature by feature',
  tags: ['engine'],
  request: { query: z.object({ a: recordIdParam(), b: recordIdParam(), preset: z.string().max(64).optional() }) },
  responses: {
    200: { description: 'The comparison', content: { 'application/json': { schema: z.object({}).passthrough().openapi('Comparison') } } },
    422: problemResponse('A parameter is invalid or names no coded record'),
  },
});

export const matchRoutes = createRouter()
  .openapi(postMatchRoute, (c) => {
    const result = match(c.get('caseBase'), c.req.valid('json') as MatchRequest);
    if (!result.ok) return domainProblem(c, 'body', result.problems);
    return c.json(withVerdicts(c.get('caseBase'), result.response), 200);
  })
  .openapi(getMatchRoute, (c) => {
    const result = match(c.get('caseBase'), c.req.valid('query'));
    if (!result.ok) return domainProblem(c, 'query', result.problems);
    return c.json(withVerdicts(c.get('caseBase'), result.response), 200);
  })
  .openapi(compareRoute, (c) => {
    const { a, b, preset } = c.req.valid('query');
    const result = compareRecords(c.get('caseBase'), a, b, { preset });
    if (!result.ok) return domainProblem(c, 'query', result.problems);
    return c.json(result.response, 200);
  });
