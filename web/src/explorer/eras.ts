/**
 * The eras a reader can pick with one click: "All years" and the codebook's named eras
 * (cases/codebook.yaml `eras`), which are the eras the comparison engine filters by. The map file
 * carries them (src/domain/map-layout.ts), so there is one list, not a copy here.
 */
import type { MapAttributes } from '@domain/graph-file.ts';

export interface Era {
  id: string;
  label: string;
  from?: number;
  to?: number;
}

const allYears: Era = { id: 'all', label: 'All years' };

/** The presets, each labelled with its years ("Cold War (1947–1991)", "After the Cold War (1992–)"). */
export function erasOf(attributes: Pick<MapAttributes, 'eras'>): Era[] {
  return [allYears, ...attributes.eras.map((e) => ({ ...e, label: `${e.label} (${e.from}–${e.to ?? ''})` }))];
}

/** The era's years within the map's span: an open end is the map's first or last year. */
export function eraYears(era: Era, span: { min: number; max: number }): { from: number; to: number } {
  const clamp = (y: number) => Math.min(Math.max(y, span.min), span.max);
  return { from: clamp(era.from ?? span.min), to: clamp(era.to ?? span.max) };
}
