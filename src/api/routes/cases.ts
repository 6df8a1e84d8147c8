import { createRoute, z } from '@hono/zod-openapi';
import { quoteInput } from '../../domain/quote-input.ts';
import { browse, catalogueVocabulary, maxSearchLength } from '../../domain/catalogue.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import { incomingRelations } from '../../domain/relations.ts';
import { caseRecord, publisherKinds, recordKinds, relationTypes, type RelationType } from '../../domain/schema.ts';
import { createRouter, recordIdParam } from '../app-env.ts';
import { noSuchRecord, problemResponse, unprocessable } from '../problem.ts';

const yearParam = z.coerce.number().int().min(1800).max(2100);

export const listQuery = z.object({
  kind: z.enum(recordKinds).optional().openapi({ description: 'Only records of this kind' }),
  function: z.string().optional().openapi({
    description: 'A value of the `function` feature, or a function family (see the codebook)',
    example: 'communication-link',
  }),
  domain: z.string().optional().openapi({
    description: 'A value of the `domain` taxonomy; narrower values match too',
    example: 'nuclear-weapons',
  }),
  from: yearParam.optional().openapi({ description: 'Earliest year (signed, started, or occurred)' }),
  to: yearParam.optional().openapi({ description: 'Latest year' }),
  q: z
    .string()
    .max(maxSearchLength)
    .optional()
    .openapi({ description: 'Words that must all occur in the id, name or summary' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

const recordSummary = z
  .object({
    id: z.string(),
    kind: z.enum(recordKinds),
    name: z.string(),
    shortName: z.string().optional(),
    zh: z
      .object({ name: z.string(), shortName: z.string().optional() })
      .optional()
      .openapi({ description: 'Its Chinese name and short name, where it has them' }),
    year: z.int().optional(),
    status: z.string().optional(),
    parties: z.array(z.string()).optional(),
    function: z.array(z.string()).optional(),
    domain: z.string().optional(),
  })
  .openapi('RecordSummary');

export const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/cases',
  summary: 'List records, filtered and paginated',
  tags: ['cases'],
  request: { query: listQuery },
  responses: {
    200: {
      description: 'A page of matching records',
      content: {
        'application/json': {
          schema: z
            .object({
              datasetVersion: z.string(),
              total: z.int(),
              limit: z.int(),
              offset: z.int(),
              records: z.array(recordSummary),
            })
            .openapi('RecordList'),
        },
      },
    },
    422: problemResponse('A parameter is invalid'),
  },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/cases/{id}',
  summary: 'One record with its coding, key facts, relations and sources',
  tags: ['cases'],
  request: { params: z.object({ id: recordIdParam().openapi({ example: 'us-ussr-hotline-mou-1963' }) }) },
  responses: {
    200: {
      description: 'The record',
      content: {
        'application/json': {
          schema: z
            .object({
              datasetVersion: z.string(),
              record: caseRecord,
              incoming: z
                .array(
                  z.object({
                    type: z.enum(relationTypes as [RelationType, ...RelationType[]]),
                    from: z.string(),
                    label: z
                      .string()
                      .openapi({ description: 'How the relation reads from this end, e.g. "Model for"' }),
                    note: z.string().optional(),
                  }),
                )
                .openapi({ description: 'Relations other records write towards this one' }),
              publishers: z
                .array(
                  z.object({
                    id: z.string(),
                    name: z.string(),
                    kind: z.enum(publisherKinds),
                    hosts: z.array(z.string()),
                  }),
                )
                .openapi({ description: "The publishers this record's sources name (cases/publishers.yaml)" }),
            })
            .openapi('RecordResponse'),
        },
      },
    },
    301: { description: 'The id is a former id of a record; Location gives the current one' },
    404: problemResponse('No record has this id'),
    422: problemResponse('The id is not a well-formed record id'),
  },
});

export const casesRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const caseBase = c.get('caseBase');
    const query = c.req.valid('query');
    // Filter terms come from the codebook, which zod cannot know when the schema is built.
    const vocabulary = catalogueVocabulary(caseBase);
    const errors = [];
    if (query.function !== undefined && !vocabulary.functions.includes(query.function))
      errors.push({
        in: 'query' as const,
        pointer: '#/function',
        detail: `expected one of ${vocabulary.functions.join(', ')}; got ${quoteInput(query.function)}`,
      });
    if (query.domain !== undefined && !vocabulary.domains.includes(query.domain))
      errors.push({
        in: 'query' as const,
        pointer: '#/domain',
        detail: `expected one of ${vocabulary.domains.join(', ')}; got ${quoteInput(query.domain)}`,
      });
    if (query.from !== undefined && query.to !== undefined && query.from > query.to)
      errors.push({
        in: 'query' as const,
        pointer: '#/from',
        detail: `from (${query.from}) is after to (${query.to})`,
      });
    if (errors.length > 0) return unprocessable(c, errors);
    const { total, records } = browse(caseBase, query);
    const { limit, offset } = query;
    return c.json({ datasetVersion: caseBase.datasetVersion, total, limit, offset, records }, 200);
  })
  .openapi(getRoute, (c) => {
    const caseBase = c.get('caseBase');
    const { id } = c.req.valid('param');
    const found = lookUpRecord(caseBase, id);
    if (!found) return noSuchRecord(c, id);
    if (found.formerId) return c.redirect(`/api/v1/cases/${found.record.id}`, 301);
    const record = found.record;
    const publisherIds = new Set(
      'sources' in record ? record.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])) : [],
    );
    const publishers = caseBase.publishers
      .filter((p) => publisherIds.has(p.id))
      .map(({ id, name, kind, hosts }) => ({ id, name, kind, hosts }));
    return c.json(
      { datasetVersion: caseBase.datasetVersion, record, incoming: incomingRelations(caseBase, record.id), publishers },
      200,
    );
  });
