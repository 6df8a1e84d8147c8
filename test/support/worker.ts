/**
 * Requests to the Worker inside workerd (the `.worker` tests), as a client of its public address sends them,
 * and the check most of them start with: a 200 whose body is JSON.
 */
import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';

export const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://precedents.test${path}`, init));

export const post = (path: string, body: unknown) =>
  get(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** The JSON body of a 200 answer to `path`; any other status fails the test, showing the status. */
export async function okJson<T>(path: string): Promise<T> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** A problem document (RFC 9457), once its media type is checked. */
export async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: { in: string; pointer: string; detail: string }[];
  };
}
