/**
 * The map in the page's language. On a Chinese page (/zh/) a record is labelled and named by its Chinese
 * (graph-zh.json, written beside the map by scripts/layout.ts, fetched only there), and its English names
 * stay searchable beside it; the families and domains take the codebook's Chinese labels. A record with no
 * Chinese keeps its English. Pure: the explorer applies it once, to the file as loaded.
 */
import type { MapFile, MapWords } from '@domain/graph-file.ts';

export function mapInLanguage(file: MapFile, words: MapWords | undefined): MapFile {
  if (!words) return file;
  return {
    ...file,
    attributes: {
      ...file.attributes,
      families: file.attributes.families.map((f) => ({ ...f, label: words.families[f.id] ?? f.label })),
      domains: file.attributes.domains.map((d) => ({ ...d, label: words.domains[d.id] ?? d.label })),
    },
    nodes: file.nodes.map((n) => {
      const zh = words.nodes[n.key];
      if (!zh) return n;
      const a = n.attributes;
      const english = [a.label, a.name, ...(a.commonNames ?? [])];
      return { ...n, attributes: { ...a, label: zh.label, name: zh.name, commonNames: english } };
    }),
  };
}
