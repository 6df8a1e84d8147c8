/** Labels stay inside the map: near the right edge they are drawn on the node's left. */
import { describe, expect, it } from 'vitest';
import { labelStart } from '../../web/src/explorer/label-placement.ts';

describe('map labels', () => {
  it('start right of the node where there is room', () => {
    expect(labelStart({ x: 100, size: 5 }, 49, 400)).toBe(108);
  });

  it('move to the left of a node near the right edge, ending inside the canvas', () => {
    const width = 182;
    const start = labelStart({ x: 380, size: 5 }, width, 400);
    expect(start).toBe(380 - 5 - 3 - width);
    expect(start + width).toBeLessThanOrEqual(400);
  });

  it('stay on the right when the left has no room either', () => {
    expect(labelStart({ x: 20, size: 5 }, 500, 400)).toBe(28);
  });
});
