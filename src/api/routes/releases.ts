/**
 * Named releases and what changed since one: so a writer who cited "Precedents 2026.11" can see which
 * records were added or retired and which facts were corrected since, each with the source that settled it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { changesSince, currentRelease } from '../../domain/releases.ts';
import { correction, release, releaseName } from '../../domain/schema.ts';
import { quoteInput } from '../../domain/quote-input.ts';
import { createRouter } from '../app-env.ts';
import { problem, problemResponse } from '../problem.ts';

const releasesRoute = createRoute({
  method: 'get',
  path: '/api/v1/releases',
  summary: 'The named releases of the case-base, oldest first, and which one is being served',
  tags: ['releases'],
  responses: {
    200: {
      description: 'The releases',
      content: {
        'application/json': {
          schema: z
            .object({
              datasetVersion: z.string(),
              current: z
                .string()
                .nullable()
                .openapi({ description: 'The release served now; null if the served content is not a named release' }),
              releases: z.array(release),
            })
            .openapi('Releases'),
        },
      },
    },
  },
});

const changesRoute = createRoute({
  method: 'get',
  path: '/api/v1/releases/changes',
  summary: 'What changed after a release: records added and retired, facts corrected',
  tags: ['releases'],
  request: { query: z.object({ since: releaseName.meta({ example: '2026.11', description: 'A release name' }) }) },
  responses: {
    200: {
      description: 'The changes, in release order',
      content: {
        'application/json': {
          schema: z
            .object({
              datasetVersion: z.string(),
              since: z.string(),
              releases: z.array(release),
              added: z.array(z.string()),
              retired: z.array(z.object({ id: z.string(), note: z.string(), replacedBy: z.string().optional() })),
              corrections: z.array(correction.extend({ record: z.string() })),
            })
            .openapi('Changes'),
        },
      },
    },
    404: problemResponse('No release has this name'),
    422: problemResponse('The name is not a well-formed release name'),
  },
});

export const releaseRoutes = createRouter()
  .openapi(releasesRoute, (c) => {
    const caseBase = c.get('caseBase');
    const current = currentRelease(caseBase)?.name ?? null;
    return c.json({ datasetVersion: caseBase.datasetVersion, current, releases: caseBase.releases }, 200);
  })
  .openapi(changesRoute, (c) => {
    const caseBase = c.get('caseBase');
    const { since } = c.req.valid('query');
    const changes = changesSince(caseBase, since);
    if (!changes)
      return problem(
        c,
        404,
        `No release is named ${quoteInput(since)}; releases are ${caseBase.releases.map((r) => r.name).join(', ')}.`,
        [{ in: 'query', pointer: '#/since', detail: 'names no release' }],
      );
    return c.json({ datasetVersion: caseBase.datasetVersion, ...changes }, 200);
  });
