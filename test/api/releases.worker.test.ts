/** Releases, changes since a release, and relations read from both ends, inside workerd. */
import { describe, expect, it } from 'vitest';
import { get, okJson } from '../support/worker.ts';

describe('/api/v1/releases', () => {
  it('lists the named releases oldest first and says which one is served', async () => {
    const body = await okJson<{
      datasetVersion: string;
      current: string | null;
      releases: { name: string; date: string; datasetVersion: string }[];
    }>('/api/v1/releases');
    expect(body.releases.length).toBeGreaterThanOrEqual(2);
    const dates = body.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    const served = body.releases.find((r) => r.datasetVersion === body.datasetVersion);
    expect(body.current).toBe(served?.name ?? null);
  });

  it("answers what changed since a release, with every correction's record and source", async () => {
    const { releases } = await okJson<{ releases: { name: string }[] }>('/api/v1/releases');
    const body = await okJson<{
      since: string;
      releases: { name: string }[];
      corrections: { record: string; release: string; sources: string[] }[];
    }>(`/api/v1/releases/changes?since=${releases[0].name}`);
    expect(body.since).toBe(releases[0].name);
    expect(body.releases.map((r) => r.name)).toEqual(releases.slice(1).map((r) => r.name));
    for (const c of body.corrections) {
      expect(body.releases.map((r) => r.name)).toContain(c.release);
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown or malformed release with a pointer to it', async () => {
    const unknown = await get('/api/v1/releases/changes?since=1999.01');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(((await unknown.json()) as { errors: { pointer: string }[] }).errors[0].pointer).toBe('#/since');
    const malformed = await get('/api/v1/releases/changes?since=latest');
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as { errors: { pointer: string }[] }).errors[0].pointer).toBe('#/since');
  });

  it('serves the release notes as a page', async () => {
    const response = await get('/releases');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="release-2026.11"');
  });
});

describe('relations both ways', () => {
  it('the record API lists what other records say of it', async () => {
    const body = (await (await get('/api/v1/cases/us-ussr-incsea-1972')).json()) as {
      incoming: { type: string; from: string; label: string }[];
      publishers: { id: string; name: string }[];
    };
    expect(body.incoming).toContainEqual(
      expect.objectContaining({ type: 'modelledOn', from: 'uk-ussr-incsea-1986', label: 'Model for' }),
    );
    expect(body.publishers.length).toBeGreaterThan(0);
  });

  it('the record page shows incoming relations with readable labels, linked', async () => {
    const html = await (await get('/cases/us-ussr-incsea-1972')).text();
    expect(html).toMatch(/<span class="relation-label">Model for<\/span> <a href="\/cases\/uk-ussr-incsea-1986">/);
    const crisis = await (await get('/cases/cuban-missile-crisis-1962')).text();
    expect(crisis).toMatch(/<span class="relation-label">Led to<\/span> <a href="\/cases\/us-ussr-hotline-mou-1963">/);
    expect(html).not.toMatch(/>triggeredBy</);
  });
});
