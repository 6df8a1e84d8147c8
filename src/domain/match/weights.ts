/**
 * Which weight each feature gets in a comparison: the codebook's defaults, a named preset, or weights
 * given with the request (which override the preset feature by feature). Bad weights are reported
 * with their path, never silently replaced.
 */
import { quoteInput } from '../quote-input.ts';
import type { CodebookIndex } from '../codebook-index.ts';
import type { Problem } from '../problem.ts';

export interface WeightRequest {
  preset?: string;
  weights?: Record<string, number>;
}

export type Weights = Map<string, number>;

export function resolveWeights(
  index: CodebookIndex,
  request: WeightRequest,
): { weights: Weights; problems: Problem[] } {
  const problems: Problem[] = [];
  const weights: Weights = new Map();
  const preset = request.preset !== undefined ? index.preset(request.preset) : undefined;
  if (request.preset !== undefined && !preset)
    problems.push({
      path: ['preset'],
      message: `unknown preset "${request.preset}"; the codebook has ${index.codebook.presets.map((p) => p.id).join(', ')}`,
    });
  for (const feature of index.features)
    weights.set(feature.id, preset ? (preset.weights[feature.id] ?? 0) : feature.weight);
  for (const [featureId, weight] of Object.entries(request.weights ?? {})) {
    if (!index.byId.has(featureId)) {
      problems.push({ path: ['weights', featureId], message: `unknown feature "${featureId}"` });
      continue;
    }
    if (!Number.isFinite(weight) || weight < 0 || weight > 100) {
      problems.push({
        path: ['weights', featureId],
        message: `a weight must be a number from 0 to 100; got ${quoteInput(weight)}`,
      });
      continue;
    }
    weights.set(featureId, weight);
  }
  if (problems.length === 0 && [...weights.values()].every((w) => w === 0))
    problems.push({
      path: request.weights ? ['weights'] : ['preset'],
      message: 'at least one feature needs a positive weight',
    });
  return { weights, problems };
}
