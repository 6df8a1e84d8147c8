/**
 * The explorer (`/`): the case-base as a map. Wires the data, the controllers (reducers, events, the
 * address bar) and the panels (search, filters, legend, details) around one sigma instance.
 */
import Sigma from 'sigma';
import type { MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';
import { byId } from '../shared/dom.ts';
import { showDatasetVersion } from '../shared/footer.ts';
import { pageLang } from '../shared/lang.ts';
import { bindEvents, centreOn } from './events.ts';
import { loadMap } from './map-data.ts';
import { mountDetails } from './panels/details.ts';
import { mountFilters } from './panels/filters.ts';
import { mountLayout } from './panels/layout.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMapControls, narrowScreen } from './panels/map-controls.ts';
import { drawHover, drawLabel } from './labels.ts';
import { mountSearch } from './panels/search.ts';
import { createReducers, createVisibleView, refreshOnChange } from './reducers.ts';
import { nodePrograms, shapeNodeType } from './shape-programs.ts';
import { createSpreader } from './spread-runner.ts';
import { createStore } from './state.ts';
import { readUrl, writeUrl } from './url-state.ts';
import { defaultFilters } from './visibility.ts';
import './explorer.css';

async function main() {
  // Marks for the bench (bench/web.ts): script start, map data in, first draw, first frame shown.
  performance.mark('script-start');
  const container = byId('map');
  // The map's data, in the page's language (its words were loaded with web/src/shared/lang.ts).
  const map = await loadMap(pageLang());
  performance.mark('map-loaded');
  const { graph, index } = map;
  const store = createStore(readUrl(index, defaultFilters(index), location.search));
  const view = createVisibleView(map, store);
  container.replaceChildren();
  const sigma = new Sigma<MapNodeAttributes, MapEdgeAttributes>(graph, container, {
    ...createReducers(map, store, view),
    nodeProgramClasses: nodePrograms,
    defaultNodeType: shapeNodeType,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    labelColor: { color: '#1d1d1f' },
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 0.6,
    stagePadding: 24,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
  });
  performance.mark('graph-drawn');
  // The constructor has drawn; the bench reads the mark of the frame that shows it.
  requestAnimationFrame(() => performance.mark('graph-first-paint'));
  refreshOnChange(sigma, store);
  // sigma only watches the window; the details panel opening also narrows the map. Redraw only when the
  // size has changed: the observer's first report is the size sigma has just drawn at, and resizing the
  // canvases then would wipe the labels drawn on the first frame.
  new ResizeObserver(() => {
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height) sigma.refresh({ skipIndexation: true });
  }).observe(container);
  bindEvents(sigma, store, container);

  const drawer = mountMapControls(sigma);
  const search = byId<HTMLInputElement>('search');
  const details = mountDetails(graph, store, {
    select: (node) => select(node),
    onClose: () => search.focus(),
  });
  /** Selection from the keyboard (search, a neighbour's button) also moves the camera and the focus. */
  function select(node: string) {
    drawer.closeIfNarrow();
    details.focusWhenReady();
    store.update({ selected: node, hovered: undefined });
    centreOn(sigma, node, true, sheetCover());
  }
  /** On a narrow screen the details sheet covers up to 55 % of the map (explorer.css). */
  const sheetCover = () => (matchMedia(narrowScreen).matches ? container.clientHeight * 0.55 : 0);
  // A record tapped on a phone would often sit under the sheet that opens for it: bring it above.
  sigma.on('clickNode', ({ node }) => {
    if (matchMedia(narrowScreen).matches) centreOn(sigma, node, true, sheetCover());
  });
  mountSearch(index, { select });
  mountFilters(index, graph.getAttributes(), store, () => view.visible().size);
  mountLegend(index, graph.getAttributes(), store);
  // Motion is optional: with reduced motion the spread appears once, finished.
  const spreader = createSpreader(graph, { animate: () => !matchMedia('(prefers-reduced-motion: reduce)').matches });
  mountLayout(
    spreader,
    store,
    () => view.visible(),
    () => sigma.getCamera().animatedReset(),
  );
  showDatasetVersion(graph.getAttribute('datasetVersion'));

  store.subscribe((state) => history.replaceState(null, '', `${location.pathname}${writeUrl(index, state)}`));
  // A shared address may name a record: open it as if it had just been chosen, so the panels hear of it.
  const initial = store.get().selected;
  if (initial !== undefined) {
    store.update({ selected: undefined });
    store.update({ selected: initial });
    centreOn(sigma, initial, false, sheetCover());
  }

  // Handles for the browser tests and the bench; not an API.
  Object.assign(window, { __explorer: { graph, sigma, store, spreader, visible: () => view.visible() } });
}

main().catch((error: unknown) => {
  const container = document.getElementById('map');
  if (container)
    container.textContent = `The map could not be drawn: ${(error as Error).message}. The list view has every record.`;
  console.error(error);
});
