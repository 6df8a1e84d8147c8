// citation-js 0.7 ships no type declarations; these cover the parts Precedents calls.
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string>;
}
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
  }
  export const plugins: {
    config: {
      /** The BibTeX plugin's settings (only the one Precedents sets). */
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean } };
      get(
        plugin: string,
      ): { templates: { add(name: string, xml: string): void; has(name: string): boolean } } & Record<string, unknown>;
    };
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
