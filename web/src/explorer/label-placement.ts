/** Where a node's label goes: pure, so it is tested without a canvas. */

const gap = 3;

/**
 * The x at which a label's text starts: right of the node, or left of it when the right has no room
 * within `room` (the canvas width) and the left has.
 */
export function labelStart(node: { x: number; size: number }, textWidth: number, room: number): number {
  const right = node.x + node.size + gap;
  const left = node.x - node.size - gap - textWidth;
  return right + textWidth > room - 2 && left >= 2 ? left : right;
}
