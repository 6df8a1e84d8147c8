/**
 * How a message repeats what a reader or an author sent: enough to recognise it, never a long input
 * whole — an error message must not grow with the request that caused it. Strings come back in quotes,
 * other values as JSON; either is cut to 60 characters, between whole characters (never inside a
 * surrogate pair).
 */
export const quotedLength = 60;

export function cutInput(text: string, length = quotedLength): string {
  const characters = Array.from(text);
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text;
}

/** `"text"` for a string (cut), a number as written (NaN too), JSON for anything else (cut), `nothing` for undefined. */
export function quoteInput(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(cutInput(value));
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return cutInput(String(value));
  return cutInput(JSON.stringify(value) ?? String(value));
}
