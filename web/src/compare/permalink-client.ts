/**
 * Permalinks for the compare workbench. A permalink is `/compare?` plus the query string that
 * src/domain/permalink.ts writes (m, q, f, w, p, n, s, r, t, x, g, y, y0, y1, c, and the pinned versions v and e).
 *
 * - mint: POST the match request to /api/v1/permalinks (or build it here with permalinkHref and the
 *   versions of a match response: both give the same string);
 * - open: GET /api/v1/permalinks/resolve with the page's query string: the ranking, and a status whose
 *   `message` says plainly whether it is the pinned result or, if the dataset or engine changed, the
 *   current one (show it above the ranking, with status.pinned and status.current);
 * - cite: openCiteDialog({ url: permalinkCiteUrl(location.search), title: 'Cite this comparison' }).
 */
import type { PermalinkStatus } from '@domain/match/contract.ts';
import { getJson, postJson } from '../shared/api.ts';

export {
  parsePermalink,
  permalinkHref,
  permalinkSearch,
  type Permalink,
  type PermalinkQuery,
} from '@domain/permalink.ts';
export type { PermalinkStatus };

export interface PermalinkInfo {
  id: string;
  href: string;
  url: string;
  datasetVersion: string;
  engineVersion: string;
  cite: string;
}

/** A permalink for a match request (the same body as POST /api/v1/match). */
export function mintPermalink(request: Record<string, unknown>): Promise<PermalinkInfo> {
  return postJson('/api/v1/permalinks', request);
}

/** Opens a permalink: its status and the ranking (the match response, with `verdicts`), or null if it no longer computes. */
export function resolvePermalink<Result = unknown>(
  search: string,
): Promise<{
  permalink: PermalinkInfo;
  status: PermalinkStatus;
  result: Result | null;
  problems?: { pointer: string; detail: string }[];
}> {
  return getJson(`/api/v1/permalinks/resolve?${search.replace(/^\?/, '')}`);
}
