/**
 * Turning zod's issues into sentences an author of a case file can act on: what was expected, what was
 * found, and where. Also used by the API to build the JSON pointers of a 422 response.
 */
import type * as z from 'zod';
import { quoteInput } from '../domain/quote-input.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key as string];
  }
  return at;
}

export interface LocatedIssue {
  path: PropertyKey[];
  message: string;
}

/** One located issue per problem; an unknown key becomes one issue per key, located on that key. */
export function describeIssues(error: z.ZodError, input: unknown): LocatedIssue[] {
  const out: LocatedIssue[] = [];
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
          message: got === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}; got ${quoteInput(got)}`,
        });
        break;
      case 'invalid_union':
        out.push({ path, message: `${issue.message.replace(/^Invalid input$/, 'not a valid value')}; got ${quoteInput(got)}` });
        break;
      default:
        out.push({ path, message: got === undefined ? issue.message : `${issue.message}; got ${quoteInput(got)}` });
    }
  }
  return out;
}
