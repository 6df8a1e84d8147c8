/**
 * A client generated from the OpenAPI document types every response: openapi-typescript turns the
 * document the Worker serves into TypeScript, and the TypeScript checker is asked, for every operation and
 * every response that has a body, what type the client would get. None may be `unknown`, `any` or `never`
 * (which is what a response without a schema, or with an empty one, becomes).
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { formatCaseFileError } from '../../src/casebase/case-file.ts';
import { loadCaseBase } from '../../src/casebase/read-cases.ts';

const loaded = loadCaseBase('cases');
if (!loaded.ok) throw new Error(loaded.errors.map(formatCaseFileError).join('\n'));
const app = createApp(loaded.caseBase, { citations: { get: async () => undefined } as never });

interface Document {
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, { content?: object }> }>>;
}

/** Every (operation, status, media type) whose response has a body, as the document declares it. */
function bodies(doc: Document) {
  return Object.values(doc.paths).flatMap((methods) =>
    Object.values(methods).flatMap((op) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        Object.keys(response.content ?? {}).map((media) => ({ operation: op.operationId!, status, media })),
      ),
    ),
  );
}

/** Compiles the generated client with one type alias per body and names the aliases the checker cannot type. */
function untyped(generated: string, list: ReturnType<typeof bodies>): string[] {
  const probe = list
    .map(
      (b, i) =>
        `export type Body${i} = operations[${JSON.stringify(b.operation)}]` +
        `['responses'][${b.status}]['content'][${JSON.stringify(b.media)}];`,
    )
    .join('\n');
  const files = new Map([
    ['/client.ts', generated],
    ['/probe.ts', `import type { operations } from './client';\n${probe}\n`],
  ]);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!, version) : read(name, version);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name) ?? ts.sys.readFile(name);
  const program = ts.createProgram(['/probe.ts'], options, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(errors).toEqual([]);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile('/probe.ts')!;
  const problems: string[] = [];
  source.statements.filter(ts.isTypeAliasDeclaration).forEach((alias, i) => {
    const type = checker.getTypeAtLocation(alias.name);
    const flags = ts.TypeFlags.Unknown | ts.TypeFlags.Any | ts.TypeFlags.Never;
    if (type.flags & flags) {
      const b = list[i];
      problems.push(`${b.operation} ${b.status} ${b.media}: ${checker.typeToString(type)}`);
    }
  });
  return problems;
}

describe('a client generated from the OpenAPI document (openapi-typescript)', () => {
  it('types every response body of every operation', async () => {
    const response = await app.request('/api/v1/openapi.json');
    const doc = (await response.json()) as Document;
    const list = bodies(doc);
    expect(list.length).toBeGreaterThan(20);
    const generated = astToString(await openapiTS(doc as never));
    expect(untyped(generated, list)).toEqual([]);
  }, 60_000);

  it('would notice a response without a schema', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as Document;
    const [path, methods] = Object.entries(doc.paths)[0];
    const [method, op] = Object.entries(methods)[0];
    const broken = structuredClone(doc);
    broken.paths[path][method].responses['200'] = { content: { 'application/json': {} } } as never;
    const generated = astToString(await openapiTS(broken as never));
    expect(untyped(generated, bodies(broken)).some((p) => p.startsWith(`${op.operationId} 200`))).toBe(true);
  }, 60_000);
});
