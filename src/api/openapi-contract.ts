/**
 * What the OpenAPI document says about the API as a whole, and what every operation must carry for a
 * client generator or a linter: a stable `operationId` (generated clients name their methods after it),
 * an explicit empty `security` (the API is public; no key is asked for), and at least one 4xx response
 * (every operation can be refused with 429 by the rate limit). The route files declare their own
 * contracts; this fills in what they leave out, so the rules hold for every operation in one place.
 */
/** One name per operation, as `METHOD path`. A route added without a name here fails test/api/openapi. */
export const operationIds: Record<string, string> = {
  'get /api/v1/health': 'getHealth',
  'get /api/v1/cases': 'listCases',
  'get /api/v1/cases/{id}': 'getCase',
  'get /api/v1/cases/{id}/cite': 'citeCase',
  'get /api/v1/cite': 'citeDataset',
  'get /api/v1/codebook': 'getCodebook',
  'get /api/v1/export': 'exportCaseBase',
  'post /api/v1/match': 'matchMeasure',
  'get /api/v1/match': 'matchMeasureByQuery',
  'get /api/v1/match/explain': 'explainRank',
  'get /api/v1/compare': 'compareRecords',
  'post /api/v1/permalinks': 'createPermalink',
  'get /api/v1/permalinks/resolve': 'resolvePermalink',
  'get /api/v1/permalinks/cite': 'citePermalink',
  'get /api/v1/releases': 'listReleases',
  'get /api/v1/releases/changes': 'listChangesSince',
};

export const documentInfo = {
  license: { name: 'MIT', identifier: 'MIT' },
  contact: { name: 'Precedents', url: '/about' },
} as const;

type Operation = { operationId?: string; security?: unknown[]; responses?: Record<string, unknown> };
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  servers?: unknown[];
  security?: unknown[];
  externalDocs?: unknown;
};

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function completeDocument<D extends object>(input: D): D {
  const document = input as Document;
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.has(method)) continue;
      operation.operationId ??= operationIds[`${method} ${path}`];
      operation.security ??= [];
      const responses = (operation.responses ??= {});
      if (!Object.keys(responses).some((status) => /^4\d\d$|^4XX$/.test(status)))
        responses['429'] = {
          description: 'Too many requests from this address; wait as long as Retry-After says.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
    }
  }
  return {
    ...input,
    // Relative to the address the document was fetched from: the same site serves the API.
    servers: document.servers ?? [{ url: '/', description: 'This site' }],
    security: document.security ?? [],
    externalDocs: document.externalDocs ?? { description: 'The site: method, codebook and how to cite', url: '/about' },
  } as D;
}
