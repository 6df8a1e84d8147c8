/**
 * Citations of records and of the dataset: CSL-JSON, BibTeX, RIS, Chicago, APA and GB/T 7714-2015. Without `format` the
 * answer is JSON with every format (and, for a record, its primary sources beside it); with `format` it
 * is the citation itself, as a file a reference manager reads.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { citationFormats, formatInfo, type CitationFormat } from '../../domain/cite/formats.ts';
import { engineVersion } from '../../domain/engine-version.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import { createRouter, recordIdParam, type AppEnv } from '../app-env.ts';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { datasetCitations, recordCitations, today, type CitationSet } from '../citations.ts';
import { noSuchRecord, problem, problemResponse } from '../problem.ts';

export const formatParam = () =>
  z.enum(citationFormats).optional().openapi({
    description: 'Return only this format, as a file (default: JSON with every format)',
    example: 'bibtex',
  });
export const accessedParam = () =>
  z
    .string()
    .refine(isCalendarDate, 'must be a date written YYYY-MM-DD')
    .optional()
    .openapi({ description: 'Access date to cite (default: today, UTC)', example: '2026-11-28' });

export const citationSetSchema = z
  .object(
    Object.fromEntries(
      citationFormats.map((f) => [f, z.string().openapi({ description: formatInfo[f].label })]),
    ) as Record<CitationFormat, z.ZodString>,
  )
  .openapi('CitationSet');

/** The media types of the six formats (Chicago, APA and GB/T 7714 are plain text). */
export const citationFileContent = {
  'text/plain': { schema: z.string() },
  'application/x-bibtex': { schema: z.string() },
  'application/x-research-info-systems': { schema: z.string() },
  'application/vnd.citationstyles.csl+json': { schema: z.string() },
};

/** What every citation answer states first: the versions cited and the access date. */
export const citedAt = z.object({ datasetVersion: z.string(), engineVersion: z.string(), accessed: z.string() });

/** A citation answer: every format as JSON (in `schema`), or with `format` the one citation as a file. */
export const citationResponse = <S extends z.ZodType>(schema: S) => ({
  description: 'Every format as JSON, or (with `format`) the citation itself',
  content: { 'application/json': { schema }, ...citationFileContent },
});

/** One citation as a file: the format's media type, and a file name for reference managers that save it. */
export function citationFile(c: Context<AppEnv>, text: string, format: CitationFormat, name: string) {
  return c.text(text, 200, {
    'Content-Type': formatInfo[format].mediaType,
    'Content-Disposition': `inline; filename="${name}.${formatInfo[format].extension}"`,
  });
}

export const recordCiteRoute = createRoute({
  method: 'get',
  path: '/api/v1/cases/{id}/cite',
  summary:
    "Cite a record: the Precedents entry (dataset version, access date) with the record's primary sources beside it",
  tags: ['citations'],
  request: {
    params: z.object({ id: recordIdParam().openapi({ example: 'us-ussr-hotline-mou-1963' }) }),
    query: z.object({
      format: formatParam(),
      accessed: accessedParam(),
      source: z.string().max(64).optional().openapi({
        description: 'Cite this primary source of the record (its local id) instead of the Precedents entry',
      }),
    }),
  },
  responses: {
    200: citationResponse(
      citedAt
        .extend({
          record: z.object({ id: z.string(), name: z.string() }),
          citation: citationSetSchema,
          primarySources: z.array(z.object({ id: z.string(), title: z.string(), citation: citationSetSchema })),
        })
        .openapi('RecordCitation'),
    ),
    301: { description: 'The id is a former id of a record; Location gives the current one' },
    404: problemResponse('No record has this id, or the record has no primary source with this id'),
    422: problemResponse('A parameter is invalid'),
  },
});

export const datasetCiteRoute = createRoute({
  method: 'get',
  path: '/api/v1/cite',
  summary: 'Cite the dataset at the version served (CITATION.cff gives the same in Citation File Format)',
  tags: ['citations'],
  request: { query: z.object({ format: formatParam(), accessed: accessedParam() }) },
  responses: {
    200: citationResponse(citedAt.extend({ citation: citationSetSchema }).openapi('DatasetCitation')),
    422: problemResponse('A parameter is invalid'),
  },
});

export const citeRoutes = createRouter()
  .openapi(recordCiteRoute, async (c) => {
    const caseBase = c.get('caseBase');
    const { id } = c.req.valid('param');
    const { format, accessed = today(), source } = c.req.valid('query');
    const found = lookUpRecord(caseBase, id);
    if (!found) return noSuchRecord(c, id);
    if (found.formerId) return c.redirect(`/api/v1/cases/${found.record.id}/cite${new URL(c.req.url).search}`, 301);
    const record = found.record;
    const cited = await recordCitations(c, record, accessed);
    let set: CitationSet = cited.entry;
    let name = `precedents-${record.id}`;
    if (source !== undefined) {
      const primary = cited.primarySources.find((s) => s.id === source);
      if (!primary)
        return problem(
          c,
          404,
          `The record "${id}" has no primary source "${source}"; its primary sources are ${cited.primarySources.map((s) => s.id).join(', ') || 'none'}.`,
          [{ in: 'query', pointer: '#/source', detail: 'names no primary source of this record' }],
        );
      set = primary.citation;
      name = `${record.id}-${source}`;
    }
    if (format !== undefined) return citationFile(c, set[format], format, name);
    return c.json(
      {
        datasetVersion: caseBase.datasetVersion,
        engineVersion,
        accessed,
        record: { id: record.id, name: record.name },
        citation: set,
        primarySources: source === undefined ? cited.primarySources : [],
      },
      200,
    );
  })
  .openapi(datasetCiteRoute, async (c) => {
    const caseBase = c.get('caseBase');
    const { format, accessed = today() } = c.req.valid('query');
    const set = await datasetCitations(c, accessed);
    if (format !== undefined)
      return citationFile(c, set[format], format, `precedents-dataset-${caseBase.datasetVersion}`);
    return c.json({ datasetVersion: caseBase.datasetVersion, engineVersion, accessed, citation: set }, 200);
  });
