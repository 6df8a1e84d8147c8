/**
 * A phrase inside a longer one at the same place gives way to it. Spans are short (a few words), so each
 * item is compared only with the items that start within one longest span before it: linear in the
 * length of the text, which may be long.
 */
export interface Spanned {
  start: number;
  end: number;
}

/**
 * The items not strictly inside a longer item of the same group (`group` returns the same key); only items
 * for which `contains` holds can hold others.
 */
export function withoutContained<T>(
  items: readonly T[],
  span: (item: T) => Spanned,
  group: (item: T) => string = () => '',
  contains: (item: T) => boolean = () => true,
): T[] {
  const byStart = new Map<string, T[]>();
  let longest = 0;
  for (const item of items) {
    if (!contains(item)) continue;
    const { start, end } = span(item);
    longest = Math.max(longest, end - start);
    const key = `${group(item)}\u0000${start}`;
    if (!byStart.has(key)) byStart.set(key, []);
    byStart.get(key)!.push(item);
  }
  return items.filter((item) => {
    const { start, end } = span(item);
    for (let s = Math.max(0, end - longest); s <= start; s++)
      for (const other of byStart.get(`${group(item)}\u0000${s}`) ?? []) {
        const o = span(other);
        if (o.end >= end && o.end - o.start > end - start) return false;
      }
    return true;
  });
}
