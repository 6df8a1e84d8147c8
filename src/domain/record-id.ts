/**
 * The record id pattern, in a module of its own without zod, so the browser code that reads permalinks
 * (web/src/compare/permalink-client.ts) does not bundle the schema library. src/domain/schema.ts builds on it.
 */

/** Record ids are part of URLs and citations: lower-case kebab-case, stable forever. */
export const recordIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const recordIdMessage = 'must be kebab-case (lower-case letters, digits and single hyphens)';
/** Far above the longest id in use (45 characters); a longer one is not an id, and is not repeated back in full. */
export const recordIdMaxLength = 100;
