/**
 * Where the Worker finds the citation templates of scripts/render-citations.ts: static assets under
 * /citations/, fetched through the ASSETS binding. Tests in Node hand the app an in-memory store instead.
 */
import type { AssetReader } from './app-env.ts';
import type { RecordCitationTemplates, SharedCitationTemplates } from '../domain/cite/template.ts';

export interface CitationStore {
  record(id: string): Promise<RecordCitationTemplates | undefined>;
  shared(): Promise<SharedCitationTemplates>;
}

export function assetCitationStore(assets: AssetReader | undefined): CitationStore {
  const read = async <T>(path: string): Promise<T | undefined> => {
    if (!assets) throw new Error('citations: no ASSETS binding to read the citation templates from');
    // The host is ignored by the assets binding; only the path names the file.
    const response = await assets.fetch(new Request(`https://assets.invalid${path}`));
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`citations: ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    record: (id) => read<RecordCitationTemplates>(`/citations/records/${id}.json`),
    shared: async () => {
      const shared = await read<SharedCitationTemplates>('/citations/shared.json');
      if (!shared)
        throw new Error('citations: /citations/shared.json is missing; run the build (scripts/render-citations.ts)');
      return shared;
    },
  };
}

export function memoryCitationStore(
  records: ReadonlyMap<string, RecordCitationTemplates>,
  shared: SharedCitationTemplates,
): CitationStore {
  return { record: async (id) => records.get(id), shared: async () => shared };
}
