import { createRoute } from '@hono/zod-openapi';
import { compareRecords } from '../../domain/match/compare-records.ts';
import {
  compareQuerySchema,
  comparisonSchema,
  exampleMatchRequest,
  explainQuerySchema,
  explanationSchema,
  langQuerySchema,
  matchQuerySchema,
  matchRequestSchema,
  rankingSchema,
} from '../../domain/match/contract.ts';
import { match } from '../../domain/match/match.ts';
import { whereItRanks } from '../../domain/match/where-it-ranks.ts';
import { withVerdicts } from '../../domain/verdicts.ts';
import { createRouter, jsonResponse } from '../app-env.ts';
import { domainProblem, jsonPointer, problem, problemResponse } from '../problem.ts';

/**
 * The contract's schemas (src/domain/match/contract.ts), named here for the OpenAPI document: the
 * domain writes plain zod, and the API gives the components their names.
 */
export const matchBody = matchRequestSchema.meta({ id: 'MatchRequest' });
export const matchResponse = rankingSchema;
/** The body of a request that takes a match request: POST /api/v1/match and the permalinks minted from one. */
export const matchRequestBody = {
  required: true,
  content: { 'application/json': { schema: matchBody, example: exampleMatchRequest } },
};

export const postMatchRoute = createRoute({
  method: 'post',
  path: '/api/v1/match',
  summary: 'Rank historical precedents for a measure, free text or features, with explanations and robustness',
  tags: ['engine'],
  request: { query: langQuerySchema, body: matchRequestBody },
  responses: {
    200: jsonResponse('Ranked precedents', matchResponse),
    400: problemResponse('The body is not JSON'),
    413: problemResponse('The body is too large'),
    422: problemResponse('The request breaks the contract'),
  },
});

export const getMatchRoute = createRoute({
  method: 'get',
  path: '/api/v1/match',
  summary: 'The same ranking for a measure or text, as a cacheable GET',
  tags: ['engine'],
  request: { query: matchQuerySchema },
  responses: {
    200: jsonResponse('Ranked precedents', matchResponse),
    422: problemResponse('A parameter is invalid'),
  },
});

export const explainRoute = createRoute({
  method: 'get',
  path: '/api/v1/match/explain',
  summary: 'Where does a record rank for this query, and what separates it from the last result shown?',
  description:
    'The same parameters as GET /api/v1/match, plus `candidate`. Answers its rank (its family’s, when the ranking is grouped), ' +
    'its score, the cutoff (the last result shown), the gap, and per feature its contribution and the difference from the cutoff’s.',
  tags: ['engine'],
  request: { query: explainQuerySchema },
  responses: {
    200: jsonResponse('Where the record ranks', explanationSchema),
    404: problemResponse('No record has that id'),
    422: problemResponse('A parameter is invalid, or the record is not a mechanism'),
  },
});

export const compareRoute = createRoute({
  method: 'get',
  path: '/api/v1/compare',
  summary: 'Two records side by side, feature by feature',
  tags: ['engine'],
  request: { query: compareQuerySchema },
  responses: {
    200: jsonResponse('The comparison', comparisonSchema),
    422: problemResponse('A parameter is invalid or names no coded record'),
  },
});

export const matchRoutes = createRouter()
  .openapi(postMatchRoute, (c) => {
    const result = match(c.get('caseBase'), c.req.valid('json'), c.req.valid('query').lang);
    if (!result.ok) return domainProblem(c, 'body', result.problems);
    return c.json(withVerdicts(c.get('caseBase'), result.response), 200);
  })
  .openapi(getMatchRoute, (c) => {
    const { lang, ...query } = c.req.valid('query');
    const result = match(c.get('caseBase'), query, lang);
    if (!result.ok) return domainProblem(c, 'query', result.problems);
    return c.json(withVerdicts(c.get('caseBase'), result.response), 200);
  })
  .openapi(explainRoute, (c) => {
    const { candidate, ...query } = c.req.valid('query');
    const result = whereItRanks(c.get('caseBase'), query, candidate);
    if (result.ok) return c.json(result.explanation, 200);
    if (result.status === 404)
      return problem(
        c,
        404,
        result.problems.map((p) => p.message).join('; '),
        result.problems.map((p) => ({ in: 'query' as const, pointer: jsonPointer(p.path), detail: p.message })),
      );
    return domainProblem(c, 'query', result.problems);
  })
  .openapi(compareRoute, (c) => {
    const { a, b, preset, lang } = c.req.valid('query');
    const result = compareRecords(c.get('caseBase'), a, b, { preset }, lang);
    if (!result.ok) return domainProblem(c, 'query', result.problems);
    return c.json(result.response, 200);
  });
