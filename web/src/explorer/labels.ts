/**
 * Labels that stay inside the map: sigma draws a label to the right of its node, so a node near the
 * right edge had its label cut off. These draw it on the left when the right has no room, and the
 * hover box likewise. Otherwise they draw as sigma's own disc label and hover do.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';
import { labelStart } from './label-placement.ts';

type Settings = SigmaSettings<MapNodeAttributes, MapEdgeAttributes>;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

/** Where the label's text starts, within the canvas as laid out (CSS pixels). */
function labelX(context: CanvasRenderingContext2D, data: LabelData, width: number): number {
  return labelStart(data, width, context.canvas.clientWidth || context.canvas.width);
}

function font(settings: Settings, weight = settings.labelWeight) {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

export function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  context.font = font(settings);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(
    data.label,
    labelX(context, data, context.measureText(data.label).width),
    data.y + settings.labelSize / 3,
  );
}

export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  context.font = font(settings);
  context.fillStyle = '#fff';
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  const padding = 2;
  if (data.label) {
    const width = context.measureText(data.label).width;
    const x = labelX(context, data, width);
    const height = settings.labelSize + 2 * padding;
    const left = Math.min(x, data.x - data.size) - padding;
    const right = Math.max(x + width, data.x + data.size) + padding;
    context.beginPath();
    context.rect(left, data.y - height / 2, right - left, height);
    context.closePath();
    context.fill();
  }
  context.beginPath();
  context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  drawLabel(context, data, settings);
}
