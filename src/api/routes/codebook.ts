import { createRoute, z } from '@hono/zod-openapi';
import { codebook as codebookSchema } from '../../domain/schema.ts';
import { createRouter } from '../app-env.ts';

export const codebookRoute = createRoute({
  method: 'get',
  path: '/api/v1/codebook',
  summary: 'The features, values, default weights and presets every record is coded on',
  tags: ['cases'],
  responses: {
    200: {
      description: 'The codebook',
      content: {
        'application/json': {
          schema: z.object({ datasetVersion: z.string(), codebook: codebookSchema }).openapi('CodebookResponse'),
        },
      },
    },
  },
});

export const codebookRoutes = createRouter().openapi(codebookRoute, (c) => {
  const caseBase = c.get('caseBase');
  return c.json({ datasetVersion: caseBase.datasetVersion, codebook: caseBase.codebook }, 200);
});
