/**
 * Copies the Swagger UI files the API reference page needs from node_modules into web/public/vendor,
 * so the page is served from our own assets (no CDN: it must work offline).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const from = dirname(require.resolve('swagger-ui-dist/package.json'));
const to = 'web/public/vendor/swagger-ui';
mkdirSync(to, { recursive: true });
for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE'])
  copyFileSync(join(from, file), join(to, file));
