/**
 * JSON with object keys sorted at every level and undefined members left out: one value, one spelling.
 * The dataset version hashes it (src/casebase/dataset-version.ts) and permalinks write their feature
 * values and weights in it (src/domain/permalink.ts), so the same content always gives the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
