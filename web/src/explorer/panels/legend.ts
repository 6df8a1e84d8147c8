/**
 * Legend panel, which is also the filter by kind and by function family (as the sigma demo's clusters
 * panel is): each row shows the shape or colour the map uses, in words as well, with a checkbox.
 * Relations are listed with the line the map draws for them.
 */
import type { MapAttributes, MapKind } from '@domain/graph-file.ts';
import { byId, h, svg } from '../../shared/dom.ts';
import { t } from '../../shared/lang.ts';
import {
  edgeAppearance,
  edgeLegendOrder,
  familyColour,
  institutionShape,
  kindAppearance,
  kindColour,
  uncodedColour,
  type Shape,
} from '../appearance.ts';
import type { Store } from '../state.ts';
import type { MapIndex } from '../visibility.ts';

const iconPaths: Record<Shape, (fill: string) => SVGElement> = {
  circle: (fill) => svg('circle', { cx: 8, cy: 8, r: 6, fill }),
  diamond: (fill) => svg('path', { d: 'M8 1 L15 8 L8 15 L1 8 Z', fill }),
  triangle: (fill) => svg('path', { d: 'M8 1.5 L14.5 13.5 L1.5 13.5 Z', fill }),
  square: (fill) => svg('rect', { x: 2, y: 2, width: 12, height: 12, fill }),
  'square-outline': (fill) =>
    svg('rect', { x: 3, y: 3, width: 10, height: 10, fill: 'none', stroke: fill, 'stroke-width': 2.5 }),
  ring: (fill) => svg('circle', { cx: 8, cy: 8, r: 5, fill: 'none', stroke: fill, 'stroke-width': 3 }),
};

export function shapeIcon(shape: Shape, fill: string, size = 16): SVGElement {
  const attributes = { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'icon' };
  return svg('svg', attributes, iconPaths[shape](fill));
}

function lineIcon(colour: string, size: number, arrow: boolean): SVGElement {
  const parts = [
    svg('line', { x1: 1, y1: 8, x2: arrow ? 20 : 27, y2: 8, stroke: colour, 'stroke-width': Math.max(size, 1) }),
  ];
  if (arrow) parts.push(svg('path', { d: 'M19 3 L27 8 L19 13 Z', fill: colour }));
  return svg('svg', { width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true', class: 'icon' }, ...parts);
}

const kindColourFor: Record<MapKind, string> = {
  mechanism: '#4a4a4a',
  measure: '#4a4a4a',
  event: kindColour.event,
  actor: kindColour.state,
  technology: kindColour.technology,
};

export function mountLegend(index: MapIndex, attributes: MapAttributes, store: Store): void {
  const count = (test: (a: MapIndex['nodes'][number]['attributes']) => boolean) =>
    index.nodes.filter((n) => test(n.attributes)).length;
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const kindRows = index.kinds.map((kind) => {
    const look = kindAppearance[kind];
    const icons =
      kind === 'actor'
        ? [shapeIcon('square', kindColour.state), shapeIcon(institutionShape, kindColour.institution)]
        : [shapeIcon(look.shape, kindColourFor[kind])];
    const text = kind === 'actor' ? t('legend.actors') : t(`kinds.${kind}`);
    const box = h('input', { type: 'checkbox', name: 'kind', value: kind, 'data-kind': kind });
    box.checked = store.get().filters.kinds.has(kind);
    box.addEventListener('change', () => {
      const filters = store.get().filters;
      store.update({ filters: { ...filters, kinds: toggle(filters.kinds, kind, box.checked) as Set<MapKind> } });
    });
    return h(
      'li',
      {},
      h('label', {}, box, ...icons, ` ${text} `, h('span', { class: 'count' }, `(${count((a) => a.kind === kind)})`)),
    );
  });

  const familyRows = attributes.families.map((family) => {
    const box = h('input', { type: 'checkbox', name: 'family', value: family.id, 'data-family': family.id });
    box.checked = store.get().filters.families.has(family.id);
    box.addEventListener('change', () => {
      const filters = store.get().filters;
      store.update({ filters: { ...filters, families: toggle(filters.families, family.id, box.checked) } });
    });
    const n = count((a) => a.families.includes(family.id));
    return h(
      'li',
      {},
      h(
        'label',
        {},
        box,
        shapeIcon('circle', familyColour[family.id] ?? uncodedColour),
        ` ${family.label} `,
        h('span', { class: 'count' }, `(${n})`),
      ),
    );
  });

  const relationRows = edgeLegendOrder.map((type) => {
    const style = edgeAppearance[type];
    return h('li', {}, lineIcon(style.colour, style.size, style.program === 'arrow'), ` ${style.label}`);
  });

  byId('legend').replaceChildren(
    h('fieldset', {}, h('legend', {}, t('legend.kinds')), h('ul', { class: 'plain' }, kindRows)),
    h(
      'fieldset',
      {},
      h('legend', {}, t('legend.families')),
      h('p', { class: 'hint' }, t('legend.familiesHint')),
      h('ul', { class: 'plain' }, familyRows),
      h('p', { class: 'hint' }, shapeIcon('circle', uncodedColour), t('legend.uncoded')),
    ),
    h('h3', {}, t('legend.size')),
    h(
      'p',
      { class: 'hint size-key' },
      shapeIcon('circle', '#4a4a4a', 10),
      shapeIcon('circle', '#4a4a4a', 16),
      t('legend.sizeHint'),
    ),
    h('h3', {}, t('legend.relations')),
    h('ul', { class: 'plain relations' }, relationRows),
  );

  // Checkboxes follow the state when it changes elsewhere (reset, the address bar).
  store.subscribe((state) => {
    for (const box of document.querySelectorAll<HTMLInputElement>('#legend input[name=kind]'))
      box.checked = state.filters.kinds.has(box.value as MapKind);
    for (const box of document.querySelectorAll<HTMLInputElement>('#legend input[name=family]'))
      box.checked = state.filters.families.has(box.value);
  });
}
