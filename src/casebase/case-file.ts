/** A case file as read from disk, and a problem found in one, located by file, line and field. */

export interface CaseFile {
  /** Path as shown to the author, e.g. `cases/mechanisms/us-ussr-incsea-1972.yaml`. */
  path: string;
  text: string;
}

export interface CaseFileError {
  file: string;
  line: number;
  /** Dotted path of the offending field inside the file, e.g. `coding.track` or `keyFacts[1].sources`. */
  field: string;
  message: string;
}

/** `cases/mechanisms/x.yaml:12 coding.track: expected one of 1, 1.5, 2; got 3` */
export function formatCaseFileError(error: CaseFileError): string {
  return `${error.file}:${error.line} ${error.field ? `${error.field}: ` : ''}${error.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
