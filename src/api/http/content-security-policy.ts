/**
 * The Content-Security-Policy of every page, in one place: the Worker sets it on the pages it renders
 * (src/api/http/security-headers.ts) and the build writes it into web/public/_headers for the static
 * pages (scripts/write-headers.ts), so the two cannot drift apart.
 *
 * What the site needs, and nothing more:
 * - scripts, styles, the map's graph.json and API calls come from the site itself ('self'); no page has
 *   an inline script or style (the record pages' JSON-LD is a data block, which CSP does not govern);
 * - the favicon is `data:,` (img-src data:);
 * - no workers, except on the explorer (below);
 * - nothing may frame the site, post forms elsewhere, or change the base URL.
 */
const sitePolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'none'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Policy = Record<string, readonly string[]>;

const serialize = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

/** Pages: the Worker's record, list and about pages and the static workbench. */
export const pageCsp = serialize(sitePolicy);

/**
 * The explorer (`/`): its "spread what is shown" runs ForceAtlas2 in graphology's Web Worker, which
 * starts from a Blob URL made from the library's own code — so this page, and only this one, may start
 * workers from blob: URLs (never from elsewhere).
 */
export const explorerCsp = serialize({ ...sitePolicy, 'worker-src': ['blob:'] });

/**
 * The API reference only: Swagger UI (vendored under /vendor/swagger-ui/) writes inline styles and
 * draws its icons as data: SVGs, so this one page may use inline styles; scripts stay 'self'.
 */
export const referenceCsp = serialize({ ...sitePolicy, 'style-src': ["'self'", "'unsafe-inline'"] });

/** Everything that is not a page (JSON, CSV, citations, problems): nothing to load, nothing to frame. */
export const dataCsp = serialize({
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});
