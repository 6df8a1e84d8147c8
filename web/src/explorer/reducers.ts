/**
 * Settings controller: turns the explorer's state into sigma's node and edge reducers. Base looks come
 * from appearance.ts; filters hide, and hovering or selecting a node keeps its neighbourhood in colour
 * and fades the rest. The graph's data is never written for any of this.
 */
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';
import { edgeAppearance, fadedColour, nodeColour, nodeShape } from './appearance.ts';
import { shapeNodeType, shapes } from './shape-programs.ts';
import type { LoadedMap } from './map-data.ts';
import { litNow, type ExplorerState, type Store } from './state.ts';
import { visibleNodes } from './visibility.ts';

export interface VisibleView {
  /** Records the filters leave on the map, cached per filters object and selection. */
  visible(): Set<string>;
}

export function createVisibleView(map: LoadedMap, store: Store): VisibleView {
  let cache: { filters: ExplorerState['filters']; selected?: string; visible: Set<string> } | undefined;
  return {
    visible() {
      const { filters, selected } = store.get();
      if (!cache || cache.filters !== filters || cache.selected !== selected)
        cache = { filters, selected, visible: visibleNodes(map.index, filters, selected) };
      return cache.visible;
    },
  };
}

/**
 * The reducers go into sigma's constructor: the graph's edges carry their relation in `type`, which
 * sigma would otherwise take for the name of an edge program.
 */
export function createReducers(map: LoadedMap, store: Store, view: VisibleView) {
  const { graph, sizes, index } = map;

  const nodeReducer = (node: string, data: MapNodeAttributes): Partial<NodeDisplayData> => {
    const state = store.get();
    const { hovered, selected } = state;
    const lit = litNow(state);
    const visible = view.visible();
    const display: Partial<NodeDisplayData> & { type: string; shape: number } = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: sizes.get(node) ?? 4,
      color: nodeColour(data),
      type: shapeNodeType,
      shape: shapes.indexOf(nodeShape(data)),
    };
    if (!visible.has(node)) return { ...display, hidden: true };
    const focus = hovered ?? selected;
    if (focus !== undefined) {
      const near =
        node === focus || node === selected || lit?.has(node) === true || index.neighbours.get(focus)?.includes(node);
      if (near) return { ...display, forceLabel: true, zIndex: 1, highlighted: node === selected };
      return { ...display, color: fadedColour, label: '', zIndex: 0 };
    }
    return display;
  };

  const edgeReducer = (edge: string, data: MapEdgeAttributes): Partial<EdgeDisplayData> => {
    const style = edgeAppearance[data.type];
    const display: Partial<EdgeDisplayData> & { type: string } = {
      color: style.colour,
      size: style.size,
      type: style.program,
    };
    const visible = view.visible();
    const [source, target] = graph.extremities(edge);
    if (!visible.has(source) || !visible.has(target)) return { ...display, hidden: true };
    const state = store.get();
    const { hovered, selected } = state;
    const focus = hovered ?? selected;
    const lit = litNow(state);
    const inFamily = (n: string) => n === selected || lit?.has(n) === true;
    // Around a focused node only its own links stay (and those within a lit family), drawn a little heavier.
    if (focus !== undefined)
      return source === focus || target === focus || (lit !== undefined && inFamily(source) && inFamily(target))
        ? { ...display, size: style.size + 0.8, zIndex: 1 }
        : { ...display, hidden: true };
    return display;
  };
  return { nodeReducer, edgeReducer };
}

/**
 * Redraws when what the reducers read has changed — at once, not at the next frame, so that a caller
 * centring the camera right after a change reads the new positions.
 */
export function refreshOnChange(sigma: Sigma<MapNodeAttributes, MapEdgeAttributes>, store: Store): void {
  store.subscribe((state, previous) => {
    if (
      state.filters !== previous.filters ||
      state.hovered !== previous.hovered ||
      state.selected !== previous.selected ||
      state.lit !== previous.lit
    )
      sigma.refresh({ skipIndexation: true });
  });
}
