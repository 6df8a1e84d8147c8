/**
 * CORS, read-only: any origin may read the API with GET or HEAD (the data is public and meant to be
 * reused), but a cross-origin page cannot POST — the preflight for a JSON POST names only GET and HEAD,
 * so the browser stops it. Browser clients may read the headers that make caching and citing work.
 */
import { cors } from 'hono/cors';

export const readOnlyCors = () =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag', 'Precedents-Dataset-Version', 'Precedents-Engine-Version', 'Retry-After'],
    maxAge: 86400,
  });
