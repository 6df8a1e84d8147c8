/**
 * A problem with an input, located by its path: the one shape every layer reports (a case file's field, a
 * match request's field, a permalink's parameter). The API turns paths into JSON pointers (RFC 6901), the
 * compile step into `file:line field`, the CLI into `field: message`.
 *
 * Also here: turning zod's issues into such problems, in sentences an author can act on — what was
 * expected, what was found, and where — so the API and the compile step share one reading of zod.
 */
import type * as z from 'zod';
import { quoteInput } from './quote-input.ts';

export interface Problem {
  path: PropertyKey[];
  message: string;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key as string];
  }
  return at;
}

/** One located problem per issue; an unknown key becomes one problem per key, located on that key. */
export function describeIssues(error: z.ZodError, input: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...issue.path];
    const got = valueAt(input, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field ${quoteInput(key)}` });
        break;
      case 'invalid_value':
        out.push({ path, message: `expected one of ${issue.values.map(String).join(', ')}; got ${quoteInput(got)}` });
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            got === undefined
              ? `required field is missing (expected ${issue.expected})`
              : `expected ${issue.expected}; got ${quoteInput(got)}`,
        });
        break;
      case 'invalid_union':
        out.push({
          path,
          message: `${issue.message.replace(/^Invalid input$/, 'not a valid value')}; got ${quoteInput(got)}`,
        });
        break;
      default:
        out.push({ path, message: got === undefined ? issue.message : `${issue.message}; got ${quoteInput(got)}` });
    }
  }
  return out;
}

/** RFC 6901 escaping, in the URI-fragment form: `~` becomes `~0` and `/` becomes `~1`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return `#${path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

/** `features.track: message`, or `query: message` for the request as a whole: how the CLI names a field. */
export function describeProblem(problem: Problem): string {
  return `${problem.path.map(String).join('.') || 'query'}: ${problem.message}`;
}
