import { createRoute, z } from '@hono/zod-openapi';
import { engineVersion } from '../../domain/engine-version.ts';
import { createRouter } from '../app-env.ts';

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/v1/health',
  summary: 'Service status with the dataset and engine versions',
  tags: ['service'],
  responses: {
    200: {
      description: 'The service is up',
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('ok'), datasetVersion: z.string(), engineVersion: z.string() })
            .openapi('Health'),
        },
      },
    },
  },
});

export const healthRoutes = createRouter().openapi(healthRoute, (c) =>
  c.json({ status: 'ok' as const, datasetVersion: c.get('caseBase').datasetVersion, engineVersion }, 200),
);
