/**
 * BibTeX text, written in UTF-8: the characters BibTeX reads as syntax are escaped, everything else is
 * written as it is. Pure, so that the build step (which renders with citation-js) and the Worker (which
 * fills words into a rendered template) escape in exactly the same way.
 */

/** The special characters that are written as a command rather than with a backslash before them. */
const commandFor: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** BibTeX's special characters (& % $ # _ { } \ ~ ^) escaped; nothing else changes. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\&%$#_{}~^]/g, (c) => commandFor[c] ?? `\\${c}`);
}

/**
 * Words kept as written inside a BibTeX title, as citation-js writes the inside of a CSL "nocase" span:
 * escaped, then every word that holds a capital after its first lower-case letters (or starts with
 * one) in braces — except the word that begins a part after a colon, which citation-js leaves bare.
 * The regular expression is the library's own (plugin-bibtex, output/value.js), applied as the library
 * applies it, to the span with its opening brace, so the filled template equals the library's output.
 */
export function bibtexKeptWords(words: string): string {
  const inSpan = `{${bibtexEscape(words)}}`;
  const braced = inSpan
    .split(/(:\s*)/)
    .map((part, i) => (i % 2 ? part : part.replace(/([^\\])\b([a-z]*[A-Z].*?)\b/g, '$1{$2}')))
    .join('');
  return braced.slice(1, -1);
}
