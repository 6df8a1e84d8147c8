/**
 * Every error the API returns is an RFC 9457 problem document (application/problem+json), with the
 * offending parts of the request listed as JSON pointers.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type * as zod from 'zod';
import { describeIssues, jsonPointer, type Problem } from '../domain/problem.ts';

export { jsonPointer };

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://precedents.invalid/problems/invalid-request' }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          in: z
            .enum(['body', 'query', 'path', 'header', 'method'])
            .openapi({ description: 'The part of the request at fault; `method` is the request method itself' }),
          pointer: z
            .string()
            .openapi({ description: 'JSON pointer (RFC 6901, URI fragment form) into that part of the request' }),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('Problem');
/** The RFC 9457 document; the domain's `Problem` is one located problem inside it. */
export type ProblemDocument = z.infer<typeof problemSchema>;

/** Problem types are documented on the About page; the URIs identify them and are not fetched. */
export const problemTypes = {
  400: 'malformed-request',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  422: 'invalid-request',
  429: 'too-many-requests',
  500: 'internal-error',
} as const;

export const problemTitles: Record<keyof typeof problemTypes, string> = {
  400: 'Malformed request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'The request does not match the API contract',
  429: 'Too many requests',
  500: 'Internal error',
};

export function problemBody(
  status: keyof typeof problemTypes,
  detail: string,
  instance?: string,
  errors?: ProblemDocument['errors'],
): ProblemDocument {
  return {
    type: `/about#problem-${problemTypes[status]}`,
    title: problemTitles[status],
    status,
    detail,
    ...(instance !== undefined ? { instance } : {}),
    ...(errors !== undefined ? { errors } : {}),
  };
}

/** A problem response; typed like `c.json` so that route contracts can declare it. */
export function problem<S extends keyof typeof problemTypes>(
  c: Context,
  status: S,
  detail: string,
  errors?: ProblemDocument['errors'],
  headers?: Record<string, string>,
) {
  return c.json(problemBody(status, detail, new URL(c.req.url).pathname, errors), status, {
    'Content-Type': 'application/problem+json',
    ...headers,
  });
}

const targets = { json: 'body', query: 'query', param: 'path', header: 'header' } as const;

/** A 422 listing each problem by JSON pointer; the detail repeats them in one line for humans. */
export function unprocessable(c: Context, errors: NonNullable<ProblemDocument['errors']>) {
  return problem(c, 422, errors.map((e) => `${e.in} ${e.pointer}: ${e.detail}`).join('; '), errors);
}

/** How a route contract documents a problem response. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** A 422 for problems the domain found in one part of the request. */
export function domainProblem(c: Context, where: 'body' | 'query', problems: readonly Problem[]) {
  return unprocessable(
    c,
    problems.map((p) => ({ in: where, pointer: jsonPointer(p.path), detail: p.message })),
  );
}

export function validationProblem(c: Context, target: string, error: zod.ZodError, input: unknown) {
  const where = targets[target as keyof typeof targets] ?? 'body';
  return unprocessable(
    c,
    describeIssues(error, input).map((issue) => ({
      in: where,
      pointer: jsonPointer(issue.path),
      detail: issue.message,
    })),
  );
}

/** The 404 of an id that is neither a record's id nor a former one (src/domain/record-lookup.ts). */
export function noSuchRecord(c: Context, id: string) {
  return problem(c, 404, `No record has the id "${id}".`, [{ in: 'path', pointer: '#/id', detail: 'names no record' }]);
}
