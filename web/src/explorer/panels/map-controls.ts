/**
 * Map controls: zoom in, zoom out and fit the whole map (buttons, for readers without a wheel or a
 * pinch, and for a keyboard), how many labels the map draws, and — on a phone or tablet, where the
 * side panel becomes a drawer over the map — opening and closing that drawer.
 */
import type { MapSigma } from '../events.ts';
import { byId } from '../../shared/dom.ts';

/** Label density presets: sigma's grid density and the smallest node size that still gets a label. */
const densities = {
  few: { labelDensity: 0.35, labelRenderedSizeThreshold: 10 },
  some: { labelDensity: 1, labelRenderedSizeThreshold: 7 },
  many: { labelDensity: 3, labelRenderedSizeThreshold: 3 },
} as const;

/** The width below which the side panel is a drawer (explorer.css uses the same). */
export const narrowScreen = '(max-width: 52rem)';

export interface Drawer {
  open(): void;
  /** Closes the drawer on a narrow screen (a record chosen in it should be seen on the map). */
  closeIfNarrow(): void;
}

export function mountMapControls(sigma: MapSigma): Drawer {
  const camera = sigma.getCamera();
  const duration = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 250);
  // Clicks in quick succession compound: each zooms from where the last one is heading, not from
  // wherever the running animation happens to be.
  let heading: number | undefined;
  const zoomBy = (factor: number) => {
    const ratio = (heading ?? camera.ratio) / factor;
    heading = ratio;
    void camera.animate({ ratio }, { duration: duration() }).then(() => {
      if (heading === ratio) heading = undefined;
    });
  };
  byId('zoom-in').addEventListener('click', () => zoomBy(1.6));
  byId('zoom-out').addEventListener('click', () => zoomBy(1 / 1.6));
  byId('zoom-fit').addEventListener('click', () => {
    heading = undefined;
    void camera.animatedReset({ duration: duration() });
  });

  const density = byId<HTMLSelectElement>('label-density');
  density.addEventListener('change', () => {
    const chosen = densities[density.value as keyof typeof densities] ?? densities.some;
    sigma.setSetting('labelDensity', chosen.labelDensity);
    sigma.setSetting('labelRenderedSizeThreshold', chosen.labelRenderedSizeThreshold);
  });

  const sidebar = byId('sidebar');
  const openButton = byId('panel-open');
  const closeButton = byId('panel-close');
  const setOpen = (open: boolean) => {
    sidebar.classList.toggle('open', open);
    openButton.setAttribute('aria-expanded', String(open));
  };
  openButton.addEventListener('click', () => {
    setOpen(true);
    byId('search').focus();
  });
  closeButton.addEventListener('click', () => {
    setOpen(false);
    openButton.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sidebar.classList.contains('open') && matchMedia(narrowScreen).matches) {
      setOpen(false);
      openButton.focus();
    }
  });
  return {
    open: () => setOpen(true),
    closeIfNarrow: () => {
      if (matchMedia(narrowScreen).matches) setOpen(false);
    },
  };
}
