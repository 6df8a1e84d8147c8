/**
 * The eras a reader can pick with one click. They are the eras the comparison engine uses; until the
 * codebook defines them (issue #11), they are written here once, and this module is the one place to
 * point at the codebook's list later. `to` is left open for an era that runs to the present.
 */
export interface Era {
  id: string;
  label: string;
  from?: number;
  to?: number;
}

export const eras: readonly Era[] = [
  { id: 'all', label: 'All years' },
  { id: 'cold-war', label: 'Cold War (1947–1991)', from: 1947, to: 1991 },
  { id: 'post-cold-war', label: 'After the Cold War (1992–)', from: 1992 },
];

/** The era's years within the map's span: an open end is the map's first or last year. */
export function eraYears(era: Era, span: { min: number; max: number }): { from: number; to: number } {
  const clamp = (y: number) => Math.min(Math.max(y, span.min), span.max);
  return { from: clamp(era.from ?? span.min), to: clamp(era.to ?? span.max) };
}
