import { createRoute } from '@hono/zod-openapi';
import { compareRecords } from '../../domain/match/compare-records.ts';
import { compareQuerySchema, comparisonSchema, matchQuerySchema, matchRequestSchema, rankingSchema } from '../../domain/match/contract.ts';
import { match } from '../../domain/match/match.ts';
import { withVerdicts } from '../../domain/verdicts.ts';
import { createRouter } from '../app-env.ts';
import { domainProblem, problemResponse } from '../problem.ts';

/**
 * The contract's schemas (src/domain/match/contract.ts), named here for the OpenAPI document: the
 * domain writes plain zod, and the API gives the components their names.
 */
export const matchBody = matchRequestSchema.meta({ id: 'MatchRequest' });
export const matchResponse = rankingSchema;

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

export const getMatchRoute = createRoute({
  method: 'get',
  path: '/api/v1/match',
  summary: 'The same ranking for a measure or text, as a cacheable GET',
  tags: ['engine'],
  request: { query: matchQuerySchema },
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
  request: { query: compareQuerySchema },
  responses: {
    200: { description: 'The comparison', content: { 'application/json': { schema: comparisonSchema } } },
    422: problemResponse('A parameter is invalid or names no coded record'),
  },
});

export const matching = createRouter()
  .openapi(postMatchRoute, (c) => {
    const result = match(c.get('caseBase'), c.req.valid('json'));
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
