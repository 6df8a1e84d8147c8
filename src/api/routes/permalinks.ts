/**
 * Permalinks to comparisons: minted from a match request, resolved back into the ranking (with a plain
 * statement of whether it is still the pinned result), and cited like a record.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { engineVersion } from '../../domain/engine-version.ts';
import { langQuerySchema, permalinkStatusSchema } from '../../domain/match/contract.ts';
import { match } from '../../domain/match/match.ts';
import type { Problem } from '../../domain/problem.ts';
import {
  parsePermalink,
  permalinkHref,
  permalinkId,
  permalinkParams,
  permalinkStatus,
  unpinnable,
  type Permalink,
  type PermalinkQuery,
} from '../../domain/permalink.ts';
import { withVerdicts } from '../../domain/verdicts.ts';
import { createRouter, jsonResponse, type AppEnv } from '../app-env.ts';
import { comparisonCitations, today } from '../citations.ts';
import { domainProblem, problemResponse, unprocessable } from '../problem.ts';
import { accessedParam, citationFile, citationResponse, citedAt, citationSetSchema, formatParam } from './cite.ts';
import { matchRequestBody, matchResponse } from './match.ts';

const p = permalinkParams;
/** The permalink's own parameters, exactly as in its /compare URL. */
export const permalinkQuerySchema = z.object({
  [p.measure]: z
    .string()
    .optional()
    .openapi({ description: 'Measure (or mechanism) id', example: 'ai-crisis-hotline' }),
  [p.text]: z.string().optional().openapi({ description: 'Free text' }),
  [p.features]: z.string().optional().openapi({ description: 'Features, as a JSON object with sorted keys' }),
  [p.weights]: z.string().optional().openapi({ description: 'Weights, as a JSON object with sorted keys' }),
  [p.preset]: z.string().optional().openapi({ description: 'Weight preset' }),
  [p.limit]: z.string().optional().openapi({ description: 'Number of results' }),
  [p.seed]: z.string().optional().openapi({ description: 'Seed of the robustness check', example: '1' }),
  [p.runs]: z.string().optional().openapi({ description: 'Runs of the robustness check' }),
  [p.textWeight]: z.string().optional().openapi({ description: 'Weight of lexical relevance' }),
  [p.includeMeasures]: z.string().optional().openapi({ description: '1 to rank measures too' }),
  [p.group]: z.string().optional().openapi({ description: 'family (default) or none' }),
  [p.era]: z.string().optional().openapi({ description: 'A named era of the codebook', example: 'cold-war' }),
  [p.from]: z.string().optional().openapi({ description: 'Earliest year of a precedent' }),
  [p.to]: z.string().optional().openapi({ description: 'Latest year of a precedent' }),
  [p.contemporary]: z.string().optional().openapi({ description: 'Number of AI-domain records shown apart' }),
  [p.datasetVersion]: z
    .string()
    .optional()
    .openapi({ description: 'Pinned dataset version (required)', example: '0123456789ab' }),
  [p.engineVersion]: z
    .string()
    .optional()
    .openapi({ description: 'Pinned engine version (required)', example: '1.0.0' }),
  [p.created]: z
    .string()
    .optional()
    .openapi({ description: 'The day the permalink was made, YYYY-MM-DD (set when minted)', example: '2026-12-06' }),
  [p.lang]: z.string().optional().openapi({ description: 'Language of the sentences: en (default) or zh' }),
});

const permalinkSchema = z
  .object({
    id: z.string().openapi({ description: 'Short stable id of the permalink (used in its citation key)' }),
    href: z.string().openapi({ description: 'Path and query, e.g. /compare?m=…&s=1&v=…&e=…' }),
    url: z.string(),
    datasetVersion: z.string(),
    engineVersion: z.string(),
    created: z.string().optional().openapi({ description: 'The day it was made (absent on older permalinks)' }),
    cite: z.string().openapi({ description: 'Where to get its citation' }),
  })
  .openapi('Permalink');

function describe(c: Context<AppEnv>, permalink: Permalink) {
  const href = permalinkHref(permalink);
  const search = href.slice(href.indexOf('?'));
  return {
    id: permalinkId(permalink),
    href,
    url: `${new URL(c.req.url).origin}${href}`,
    datasetVersion: permalink.datasetVersion,
    engineVersion: permalink.engineVersion,
    ...(permalink.created !== undefined ? { created: permalink.created } : {}),
    cite: `/api/v1/permalinks/cite${search}`,
  };
}

function readPermalink(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  const parsed = parsePermalink(url.searchParams);
  if (parsed.ok) return parsed;
  const errors = parsed.problems.map((x) => ({ in: 'query' as const, pointer: `#/${x.param}`, detail: x.message }));
  return { ok: false as const, response: unprocessable(c, errors) };
}

/**
 * A problem of the query, located on the URL parameter that carries it (`measure` is written `m`);
 * what lies deeper (a feature inside `f`) is named in the detail, since the parameter is a JSON string.
 */
function inPermalink(x: Problem): Problem {
  const [field, ...rest] = x.path;
  const param = permalinkParams[field as keyof typeof permalinkParams] ?? String(field);
  return { path: [param], message: rest.length > 0 ? `${rest.map(String).join('/')}: ${x.message}` : x.message };
}

export const mintRoute = createRoute({
  method: 'post',
  path: '/api/v1/permalinks',
  summary:
    'Make a permalink for a comparison: the query, weights or preset, seed, the dataset and engine versions served, and the day it is made',
  tags: ['permalinks'],
  request: { query: langQuerySchema, body: matchRequestBody },
  responses: {
    200: jsonResponse('The permalink', permalinkSchema),
    400: problemResponse('The body is not JSON'),
    422: problemResponse('The request breaks the contract, or the engine cannot compute it'),
  },
});

export const resolveRoute = createRoute({
  method: 'get',
  path: '/api/v1/permalinks/resolve',
  summary: 'Open a permalink: the ranking, and whether it is the pinned result or the current one',
  description:
    'When the pinned dataset and engine versions are the ones served, `result` is the pinned result byte for byte (the same as POST /api/v1/match). ' +
    'When either has changed, `status.message` says so and `result` is the current result for the same query; this Worker embeds only its current dataset, so it cannot recompute an older one.',
  tags: ['permalinks'],
  request: { query: permalinkQuerySchema },
  responses: {
    200: jsonResponse(
      'The status and the ranking (null if the query no longer computes on the current dataset)',
      z
        .object({
          datasetVersion: z.string(),
          engineVersion: z.string(),
          permalink: permalinkSchema,
          status: permalinkStatusSchema,
          result: matchResponse.nullable(),
          problems: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
        })
        .openapi('ResolvedPermalink'),
    ),
    422: problemResponse('The permalink is malformed, or (at the pinned versions) does not compute'),
  },
});

export const citeRoute = createRoute({
  method: 'get',
  path: '/api/v1/permalinks/cite',
  summary: 'Cite a comparison by its permalink (the pinned versions, the access date)',
  tags: ['permalinks', 'citations'],
  request: { query: permalinkQuerySchema.extend({ format: formatParam(), accessed: accessedParam() }) },
  responses: {
    200: citationResponse(
      citedAt.extend({ permalink: permalinkSchema, citation: citationSetSchema }).openapi('ComparisonCitation'),
    ),
    422: problemResponse('The permalink or a parameter is malformed'),
  },
});

export const permalinksRoutes = createRouter()
  .openapi(mintRoute, (c) => {
    const caseBase = c.get('caseBase');
    const body = c.req.valid('json');
    const { lang } = c.req.valid('query');
    const result = match(caseBase, body, lang);
    if (!result.ok) return domainProblem(c, 'body', result.problems);
    // A ranking that was not given cannot be pinned: nothing in the words was understood.
    if (result.response.query.understanding.level === 'none') return domainProblem(c, 'body', [unpinnable]);
    const query: PermalinkQuery = body;
    // Dated by the day it is made: the date its citation gives.
    const pinned = { query, datasetVersion: caseBase.datasetVersion, engineVersion, created: today() };
    return c.json(describe(c, lang === 'zh' ? { ...pinned, lang } : pinned), 200);
  })
  .openapi(resolveRoute, (c) => {
    const caseBase = c.get('caseBase');
    const read = readPermalink(c);
    if (!read.ok) return read.response;
    const { permalink } = read;
    const status = permalinkStatus(
      permalink,
      { datasetVersion: caseBase.datasetVersion, engineVersion },
      caseBase.releases,
    );
    const result = match(caseBase, permalink.query, permalink.lang);
    // At the pinned versions a failing query is a broken permalink; after a change it may name what no longer exists.
    if (!result.ok && status.reproduced) return domainProblem(c, 'query', result.problems.map(inPermalink));
    const answer = result.ok
      ? { result: withVerdicts(caseBase, result.response) }
      : {
          result: null,
          problems: result.problems.map((x) => ({ pointer: `#/${x.path.map(String).join('/')}`, detail: x.message })),
        };
    const described = describe(c, permalink);
    return c.json(
      { datasetVersion: caseBase.datasetVersion, engineVersion, permalink: described, status, ...answer },
      200,
    );
  })
  .openapi(citeRoute, async (c) => {
    const caseBase = c.get('caseBase');
    const read = readPermalink(c);
    if (!read.ok) return read.response;
    const { format, accessed = today() } = c.req.valid('query');
    const set = await comparisonCitations(c, read.permalink, accessed);
    const described = describe(c, read.permalink);
    if (format !== undefined) return citationFile(c, set[format], format, `precedents-comparison-${described.id}`);
    return c.json(
      { datasetVersion: caseBase.datasetVersion, engineVersion, accessed, permalink: described, citation: set },
      200,
    );
  });
