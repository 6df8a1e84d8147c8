/**
 * The map in the page's language. On a Chinese page (/zh/) a record is labelled and named by its Chinese
 * (the map file carries it, src/domain/map-layout.ts), and its English names stay searchable beside it; the
 * families and domains take the codebook's Chinese labels. A record with no Chinese keeps its English.
 * Pure: the explorer applies it once, to the file as loaded.
 */
import type { MapFile } from '@domain/graph-file.ts';
import type { Lang } from '@domain/i18n/lang.ts';

export function mapInLanguage(file: MapFile, lang: Lang): MapFile {
  if (lang === 'en') return file;
  return {
    ...file,
    attributes: {
      ...file.attributes,
      families: file.attributes.families.map((f) => ({ ...f, label: f.zh ?? f.label })),
      domains: file.attributes.domains.map((d) => ({ ...d, label: d.zh ?? d.label })),
    },
    nodes: file.nodes.map((n) => {
      const { zh, ...a } = n.attributes;
      if (!zh) return n;
      const english = [a.label, a.name, ...(a.commonNames ?? [])];
      return { ...n, attributes: { ...a, label: zh.label, name: zh.name, commonNames: english } };
    }),
  };
}
