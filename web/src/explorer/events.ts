/**
 * Events controller: pointer and keyboard input on the map become changes of the explorer's state.
 * Hover shows a neighbourhood while the pointer stays; a click selects (and opens the details panel);
 * a click on empty space or Escape clears the selection.
 */
import type Sigma from 'sigma';
import type { MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';
import type { Store } from './state.ts';

export type MapSigma = Sigma<MapNodeAttributes, MapEdgeAttributes>;

/**
 * Centres the camera on a node and zooms in enough to read its neighbours' labels. `coveredBelow` is how
 * many pixels at the bottom of the map something covers (the details sheet on a phone): the node is
 * centred in the part that stays in view.
 */
export function centreOn(sigma: MapSigma, node: string, animate = true, coveredBelow = 0): void {
  const position = sigma.getNodeDisplayData(node);
  if (!position) return;
  const camera = sigma.getCamera();
  const ratio = Math.min(camera.ratio, 0.45);
  let { x, y } = position;
  if (coveredBelow > 0) {
    // The camera's centre goes half the covered height below the node; the offset scales with the zoom.
    const { height } = sigma.getDimensions();
    const middle = sigma.viewportToFramedGraph({ x: 0, y: height / 2 });
    const lower = sigma.viewportToFramedGraph({ x: 0, y: height / 2 + coveredBelow / 2 });
    const scale = ratio / camera.ratio;
    x += (lower.x - middle.x) * scale;
    y += (lower.y - middle.y) * scale;
  }
  const target = { x, y, ratio };
  if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches)
    void camera.animate(target, { duration: 450 });
  else camera.setState(target);
}

export function bindEvents(sigma: MapSigma, store: Store, container: HTMLElement): void {
  sigma.on('enterNode', ({ node }) => {
    store.update({ hovered: node });
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    store.update({ hovered: undefined });
    container.style.cursor = '';
  });
  sigma.on('clickNode', ({ node }) => store.update({ selected: node, hovered: undefined }));
  sigma.on('clickStage', () => store.update({ selected: undefined }));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().selected !== undefined) store.update({ selected: undefined });
  });
}
