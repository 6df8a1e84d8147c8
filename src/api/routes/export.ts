/** The whole case-base for other tools: JSON with the codebook, or CSV with one row per record and one column per feature. */
import { createRoute, z } from '@hono/zod-openapi';
import { exportCsv, exportJson } from '../../domain/export.ts';
import { caseRecord, codebook } from '../../domain/schema.ts';
import { createRouter } from '../app-env.ts';
import { problemResponse } from '../problem.ts';

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/export',
  summary: 'The whole case-base: JSON (with the codebook) or CSV (one row per record, one column per feature)',
  tags: ['cases'],
  request: { query: z.object({ format: z.enum(['json', 'csv']).openapi({ example: 'csv' }) }) },
  responses: {
    200: {
      description: 'The case-base',
      content: {
        'application/json': {
          schema: z.object({ datasetVersion: z.string(), codebook, records: z.array(caseRecord) }).openapi('Export'),
        },
        'text/csv': { schema: z.string() },
      },
    },
    422: problemResponse('The format is missing or unknown'),
  },
});

export const exportRoutes = createRouter().openapi(exportRoute, (c) => {
  const caseBase = c.get('caseBase');
  const name = `precedents-${caseBase.datasetVersion}`;
  if (c.req.valid('query').format === 'json')
    return c.json(exportJson(caseBase), 200, { 'Content-Disposition': `inline; filename="${name}.json"` });
  return c.text(exportCsv(caseBase), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${name}.csv"`,
  });
});
