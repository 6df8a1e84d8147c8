/**
 * What the reader has done on the map, as one plain object: the filters, the node under the pointer and
 * the node selected. Controllers and panels read it and call `update`; subscribers redraw. Nothing here
 * touches the graph: visual state reaches sigma only through its reducers.
 */
import type { MapKind } from '@domain/graph-file.ts';

export interface MapFilters {
  /** Function families shown; a mechanism or measure is shown when it serves one of them. */
  families: Set<string>;
  kinds: Set<MapKind>;
  /** A value of the domain taxonomy; narrower values match too. */
  domain?: string;
  from: number;
  to: number;
  /** Keep records without a year (most proposed measures) on the map while an era is set. */
  keepUndated: boolean;
}

export interface ExplorerState {
  filters: MapFilters;
  hovered?: string;
  selected?: string;
  /**
   * Records lit beside the selected one — a workbench result's lineage family ("show on map"). They stay
   * lit only while `selected` is still the record they were lit for.
   */
  lit?: { for: string; ids: Set<string> };
}

/** The records lit around the selection, or none when the selection has moved on. */
export const litNow = (state: ExplorerState): Set<string> | undefined =>
  state.lit !== undefined && state.lit.for === state.selected ? state.lit.ids : undefined;

export interface Store {
  get(): ExplorerState;
  update(change: Partial<ExplorerState>): void;
  subscribe(listener: (state: ExplorerState, previous: ExplorerState) => void): void;
}

export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners: ((state: ExplorerState, previous: ExplorerState) => void)[] = [];
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...change };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}
