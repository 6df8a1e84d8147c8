/** Labels stay inside the map: near the right edge they are drawn on the node's left. */
import { describe, expect, it } from 'vitest';
import { drawLabel } from '../../web/src/explorer/labels.ts';

/** A canvas context that records where text was drawn; each character is 7 px wide. */
function context(width: number) {
  const drawn: { text: string; x: number }[] = [];
  const ctx = {
    canvas: { clientWidth: width, width: width * 2 },
    font: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string, x: number) => drawn.push({ text, x }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}
const settings = { labelSize: 12, labelFont: 'sans-serif', labelWeight: 'normal', labelColor: { color: '#000' } } as never;

describe('map labels', () => {
  it('are drawn right of the node where there is room', () => {
    const { ctx, drawn } = context(400);
    drawLabel(ctx, { x: 100, y: 50, size: 5, label: 'Hotline', color: '#000' }, settings);
    expect(drawn[0].x).toBe(108);
  });

  it('move to the left of a node near the right edge, ending inside the canvas', () => {
    const { ctx, drawn } = context(400);
    drawLabel(ctx, { x: 380, y: 50, size: 5, label: 'Incidents at Sea Agreement', color: '#000' }, settings);
    const width = 'Incidents at Sea Agreement'.length * 7;
    expect(drawn[0].x).toBe(380 - 5 - 3 - width);
    expect(drawn[0].x + width).toBeLessThanOrEqual(400);
  });
});
