/**
 * Why a precedent fits and where the analogy breaks, in sentences built from the codebook's labels,
 * each carrying the coding notes and sources behind the two values so a scholar can check them.
 */
import type { CodebookIndex } from '../codebook-index.ts';
import { describeValue, featureLabel } from '../codebook-labels.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CodedRecord, CodedValue, Coding, Source } from '../schema.ts';
import type { FeatureComparison } from './compare-codings.ts';
import type { Point, ValueEvidence } from './contract.ts';
import { sentences } from './sentence-catalogues.ts';

/** Local similarity from which two values count as shared, and below which they count as a disanalogy. */
export const sharedFrom = 0.75;
export const disanalogyBelow = 0.5;

function evidence(
  index: CodebookIndex,
  featureId: string,
  coded: CodedValue,
  sources: readonly Source[],
  lang: Lang,
): ValueEvidence {
  const feature = index.byId.get(featureId)!;
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    value: coded.value,
    label: describeValue(feature, coded.value, lang),
    confidence: coded.confidence,
    ...(coded.note !== undefined ? { note: coded.note } : {}),
    ...(coded.inheritedFrom !== undefined ? { inheritedFrom: coded.inheritedFrom } : {}),
    sources: coded.sources.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ title: s.title, ...(s.url ? { url: s.url } : {}) }] : [];
    }),
  };
}

export interface Side {
  /** The record's short name in the language asked for (the query's, when it is not a record). */
  name: string;
  coding: Coding;
  sources: readonly Source[];
}

/**
 * Shared features (similarity ≥ 0.75, weighted) and disanalogies (similarity < 0.5), most weighty first.
 * Technology traits are always reported when they differ, even at weight 0: that is where most analogies
 * between nuclear-era mechanisms and AI measures break. The sentences and labels are in `lang`: the codebook's
 * labels in that language, the words around them from its sentence catalogue (sentences-en.ts, sentences-zh.ts).
 */
export function explain(
  index: CodebookIndex,
  query: Side,
  precedent: Side,
  features: readonly FeatureComparison[],
  lang: Lang = 'en',
) {
  const say = sentences(lang);
  const shared: Point[] = [];
  const disanalogies: Point[] = [];
  for (const comparison of features) {
    if (comparison.similarity === null) continue;
    const feature = index.byId.get(comparison.feature)!.feature;
    const q = evidence(index, feature.id, query.coding[feature.id], query.sources, lang);
    const p = evidence(index, feature.id, precedent.coding[feature.id], precedent.sources, lang);
    const label = featureLabel(feature, lang);
    const base = {
      feature: feature.id,
      label,
      similarity: round(comparison.similarity),
      weight: comparison.weight,
      query: q,
      precedent: p,
    };
    if (comparison.similarity >= sharedFrom && comparison.weight > 0) {
      const text =
        q.label === p.label
          ? say.sharedBoth(label, q.label)
          : say.sharedClose(label, q.label, query.name, p.label, precedent.name);
      shared.push({ ...base, text });
    } else if (comparison.similarity < disanalogyBelow && (comparison.weight > 0 || feature.perTechnology)) {
      disanalogies.push({
        ...base,
        text: say.disanalogy(label, q.label, query.name, p.label, precedent.name),
      });
    }
  }
  shared.sort((a, b) => b.weight * b.similarity - a.weight * a.similarity || a.feature.localeCompare(b.feature));
  disanalogies.sort(
    (a, b) => b.weight * (1 - b.similarity) - a.weight * (1 - a.similarity) || a.feature.localeCompare(b.feature),
  );
  return { shared, disanalogies };
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export type { CodedRecord };
