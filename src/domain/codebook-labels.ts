/**
 * The codebook's labels in a language: the English ones, or the Chinese (`zh`) written beside them in
 * cases/codebook.yaml. A feature or value without its Chinese keeps its English label rather than show an id.
 */
import type { FeatureIndex } from './codebook-index.ts';
import { featureTypeDefinitions, type Value } from './feature-types/index.ts';
import type { Lang } from './i18n/lang.ts';
import type { Feature } from './schema.ts';

export function featureLabel(feature: Feature, lang: Lang): string {
  return lang === 'zh' ? (feature.zh?.label ?? feature.label) : feature.label;
}

const zhLabels = new WeakMap<Feature, Map<string, string>>();

/** A value's label in a language (a value id of the feature; `true`/`false` for a boolean feature). */
export function valueLabel(index: FeatureIndex, valueId: string, lang: Lang): string {
  if (lang === 'en') return index.label(valueId);
  let labels = zhLabels.get(index.feature);
  if (!labels) {
    labels = new Map(index.feature.values.flatMap((v) => (v.zh ? [[v.id, v.zh.label] as const] : [])));
    zhLabels.set(index.feature, labels);
  }
  return labels.get(valueId) ?? index.label(valueId);
}

/** A coded value in words, as the feature type describes it; in Chinese, a set's values joined with 、. */
export function describeValue(index: FeatureIndex, value: Value, lang: Lang): string {
  if (lang === 'en') return featureTypeDefinitions[index.feature.type].describe(index, value);
  if (Array.isArray(value)) return value.map((v) => valueLabel(index, String(v), lang)).join('、');
  return valueLabel(index, String(value), lang);
}
