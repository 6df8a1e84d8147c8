/**
 * The OpenAPI document as outside clients read it: Redocly's recommended rules (an established OpenAPI
 * linter) find no error and no warning, and every operation carries what a client generator needs.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { operationIds } from '../../src/api/openapi-contract.ts';
import { realCaseBase } from '../support/case-base.ts';

const app = createApp(realCaseBase(), { citations: { get: async () => undefined } as never });

interface Operation {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, unknown>;
}

async function openApi() {
  const response = await app.request('/api/v1/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as {
    info: { license: { identifier?: string } };
    servers?: { url: string }[];
    security?: unknown[];
    paths: Record<string, Record<string, Operation>>;
  };
}

describe('the OpenAPI document', () => {
  it('names its licence by SPDX id, its servers and an explicit empty security', async () => {
    const doc = await openApi();
    expect(doc.info.license.identifier).toBe('MIT');
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.security).toEqual([]);
  });

  it('gives every operation a unique operationId, an explicit security and a 4xx response', async () => {
    const doc = await openApi();
    const seen = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(operation.operationId, `${where} has no operationId: name it in src/api/openapi-contract.ts`).toBe(
          operationIds[where],
        );
        expect(seen.has(operation.operationId!), `${where}: operationId used twice`).toBe(false);
        seen.add(operation.operationId!);
        expect(operation.security, where).toEqual([]);
        expect(
          Object.keys(operation.responses).some((s) => s.startsWith('4')),
          `${where} has no 4xx response`,
        ).toBe(true);
      }
    expect(seen.size).toBe(Object.keys(operationIds).length);
  });

  it('passes the recommended rules of the Redocly linter without an error or a warning', async () => {
    const doc = await openApi();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(report).toEqual([]);
  }, 30_000);
});
