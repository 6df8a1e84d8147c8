import { createRouter } from '../app-env.ts';

/**
 * The interactive API reference: Swagger UI served from our own assets (copied from swagger-ui-dist at
 * build time), so it works offline and under a strict content-security policy.
 */
export const referenceRoutes = createRouter().get('/api/v1/reference', (c) =>
  c.html(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference — Precedents</title>
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
<a href="/">Precedents</a>
<div id="api-reference"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/api-reference.js"></script>
</body>
</html>`),
);
