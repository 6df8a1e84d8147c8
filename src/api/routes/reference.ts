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
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
<link rel="stylesheet" href="/pages.css">
</head>
<body class="reference">
<a class="skip" href="#api-reference">Skip to the reference</a>
<header><nav aria-label="Main"><a href="/">Explorer</a> <a href="/compare">Compare</a> <a href="/list">List</a> <a href="/about">About</a> <a href="/api/v1/reference" aria-current="page">API</a></nav></header>
<main id="api-reference"></main>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/api-reference.js"></script>
</body>
</html>`),
);
