/**
 * The WebGL node program for the shapes of the legend. sigma 3 ships only discs, so this reuses
 * sigma's disc program (same attributes, same picking) with one more per-node attribute, the shape, and
 * a fragment shader that keeps the pixels inside that shape's signed distance. One program for every
 * shape rather than one per shape: each program is compiled twice (drawing and picking), and in
 * software WebGL every compile delays the first paint. The triangle each node is drawn on is enlarged
 * by half again, so corners of squares and diamonds are not clipped.
 */
import { NodeCircleProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { MapEdgeAttributes, MapNodeAttributes } from '@domain/graph-file.ts';
import type { Shape } from './appearance.ts';

/** Signed distance from the pixel `p` to each shape of radius `r` (negative inside), in shape-index order. */
const distance: Record<Shape, string> = {
  circle: 'length(p) - r',
  square: 'max(abs(p.x), abs(p.y)) - r * 0.86',
  diamond: '(abs(p.x) + abs(p.y)) * 0.7071 - r * 0.9',
  // An equilateral triangle pointing up, its centroid on the node.
  triangle: 'max(abs(p.x) * 0.866 + p.y * 0.5, -p.y) - r * 0.62',
  ring: 'abs(length(p) - r * 0.78) - r * 0.3',
  'square-outline': 'abs(max(abs(p.x), abs(p.y)) - r * 0.7) - r * 0.22',
};
export const shapes = Object.keys(distance) as Shape[];

const vertexShader = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;
const float extent = 1.5;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * extent * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const fragmentShader = /* glsl */ `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
uniform float u_correctionRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float shapeDistance(vec2 p, float r) {
${shapes.map((s, i) => `  if (v_shape < ${i}.5) return ${distance[s]};`).join('\n')}
  return length(p) - r;
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = shapeDistance(v_diffVector, v_radius) + border;
  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  gl_FragColor = mix(v_color, transparent, clamp(dist / border, 0.0, 1.0));
  #endif
}
`;

const FLOAT = WebGLRenderingContext.FLOAT;

export class NodeShapeProgram extends NodeCircleProgram<MapNodeAttributes, MapEdgeAttributes> {
  override getDefinition() {
    const definition = super.getDefinition();
    return {
      ...definition,
      VERTEX_SHADER_SOURCE: vertexShader,
      FRAGMENT_SHADER_SOURCE: fragmentShader,
      // a_shape follows sigma's own attributes, in the order processVisibleItem writes them.
      ATTRIBUTES: [...definition.ATTRIBUTES, { name: 'a_shape', size: 1, type: FLOAT }],
    };
  }

  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData & { shape?: number }) {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
    array[startIndex] = data.shape ?? 0;
  }
}

/**
 * The node type the reducers give every node. It is sigma's own default key, `circle`: sigma merges its
 * defaults into `nodeProgramClasses`, so under any other key its disc program would still be compiled
 * (for drawing, picking and hovering) beside this one and never used — three programs of software WebGL
 * before the first paint for nothing.
 */
export const shapeNodeType = 'circle';

export const nodePrograms: Record<string, NodeProgramType<MapNodeAttributes, MapEdgeAttributes>> = {
  [shapeNodeType]: NodeShapeProgram,
};
