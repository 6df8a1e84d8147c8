/**
 * A parsed YAML case file that remembers where each value sits, so every problem found later — by zod,
 * by the codebook or by a cross-reference check — can name the line it is on.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { CaseFileError } from './case-file.ts';

export interface LocatedDocument {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseYaml(file: { path: string; text: string }): {
  document?: LocatedDocument;
  errors: CaseFileError[];
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file: file.path,
        line: lineCounter.linePos(e.pos[0]).line,
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? lineCounter.linePos((node as Node).range![0]).line : 1;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        // An unknown or misplaced key is best reported on the key itself.
        if (pair) {
          const keyNode = pair.key as Node;
          if (keyNode?.range) line = lineCounter.linePos(keyNode.range[0]).line;
          next = pair.value;
        }
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
      }
      if (next === undefined || next === null) break;
      node = next;
      const range = (node as Node).range;
      if (range) line = lineCounter.linePos(range[0]).line;
    }
    return line;
  };
  return { document: { data: doc.toJS(), lineOf }, errors: [] };
}
