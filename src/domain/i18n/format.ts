/** Filling a message's `{name}` places (messages-*.ts): on its own, so a page can load one catalogue only. */

/** A message with its `{name}` places filled; a place with no value is left as written, so a test can see it. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The `{name}` places of a message, in order. */
export function placesOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
