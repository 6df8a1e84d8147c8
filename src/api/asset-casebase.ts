/**
 * The compiled case-base as the Worker gets it: the static asset /data/casebase.json (written by
 * scripts/compile-cases.ts), read through the ASSETS binding once per isolate and kept in module scope.
 * Embedding it in the bundle instead would more than double the Worker's size (see scripts/check-budgets.ts).
 * Node (tests, CLI, scripts) imports src/generated/casebase.js, the same data as a module.
 */
import type { CompiledCaseBase } from '../domain/schema.ts';
import type { AssetReader } from './app-env.ts';

export const caseBaseAssetPath = '/data/casebase.json';

let loading: Promise<CompiledCaseBase> | undefined;

/** The case-base of this isolate; concurrent first requests share one read. A failed read is retried by the next request. */
export function assetCaseBase(assets: AssetReader | undefined): Promise<CompiledCaseBase> {
  loading ??= read(assets).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function read(assets: AssetReader | undefined): Promise<CompiledCaseBase> {
  if (!assets) throw new Error('case-base: no ASSETS binding to read it from');
  // The host is ignored by the assets binding; only the path names the file.
  const response = await assets.fetch(new Request(`https://assets.invalid${caseBaseAssetPath}`));
  if (!response.ok)
    throw new Error(
      `case-base: ${caseBaseAssetPath} answered ${response.status}; run the build (scripts/compile-cases.ts)`,
    );
  return (await response.json()) as CompiledCaseBase;
}
