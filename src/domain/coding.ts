/**
 * Reading a record's `coding` against the codebook: every feature must exist and every value must be
 * one the feature allows. Problems are returned with their path inside the record, never thrown, so a
 * case file with ten mistakes reports all ten at once.
 */
import type { CodebookIndex } from './codebook-index.ts';
import { featureTypeDefinitions } from './feature-types/index.ts';
import type { Coding, CodedValue } from './schema.ts';

export interface CodingProblem {
  path: (string | number)[];
  message: string;
}

type RawCodedValue = unknown;

function isDetailed(
  raw: RawCodedValue,
): raw is { value: unknown; note?: string; confidence?: CodedValue['confidence']; sources?: string[] } {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'value' in raw;
}

export interface CodingRules {
  /** Technology traits belong in technology profiles; other records inherit them. */
  technologyTraits: 'only' | 'forbidden';
}

export function normalizeCoding(
  index: CodebookIndex,
  raw: Record<string, RawCodedValue>,
  rules: CodingRules,
): { coding: Coding; problems: CodingProblem[] } {
  const coding: Coding = {};
  const problems: CodingProblem[] = [];
  for (const [featureId, entry] of Object.entries(raw)) {
    const featureIndex = index.byId.get(featureId);
    if (!featureIndex) {
      problems.push({
        path: ['coding', featureId],
        message: `unknown feature "${featureId}"; the codebook has ${index.features.map((f) => f.id).join(', ')}`,
      });
      continue;
    }
    const perTechnology = featureIndex.feature.perTechnology;
    if (rules.technologyTraits === 'only' && !perTechnology) {
      problems.push({
        path: ['coding', featureId],
        message: `a technology profile codes only technology traits; "${featureId}" belongs to the records themselves`,
      });
      continue;
    }
    if (rules.technologyTraits === 'forbidden' && perTechnology) {
      problems.push({
        path: ['coding', featureId],
        message: `"${featureId}" is a technology trait: code it once in the technology profile named by \`technology\``,
      });
      continue;
    }
    const detailed = isDetailed(entry);
    const parsed = featureTypeDefinitions[featureIndex.feature.type].parse(
      featureIndex,
      detailed ? entry.value : entry,
    );
    if (!parsed.ok) {
      problems.push({
        path: detailed ? ['coding', featureId, 'value'] : ['coding', featureId],
        message: parsed.message,
      });
      continue;
    }
    coding[featureId] = {
      value: parsed.value,
      ...(detailed && entry.note !== undefined ? { note: entry.note } : {}),
      confidence: (detailed && entry.confidence) || 'high',
      sources: (detailed && entry.sources) || [],
    };
  }
  return { coding, problems };
}
