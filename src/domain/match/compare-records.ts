/** Two records side by side, feature by feature: the "compare" view of the workbench and the API. */
import { indexCodebook } from '../codebook-index.ts';
import { engineVersion } from '../engine-version.ts';
import { describeValue, featureLabel } from '../codebook-labels.ts';
import type { Lang } from '../i18n/lang.ts';
import { recordNameIn } from '../i18n/record-names.ts';
import type { Problem } from '../problem.ts';
import type { CodedRecord, CompiledCaseBase } from '../schema.ts';
import { compareCodings } from './compare-codings.ts';
import type { Comparison } from './contract.ts';
import { explain, round } from './explain.ts';
import { resolveWeights, type WeightRequest } from './weights.ts';

export function compareRecords(
  caseBase: CompiledCaseBase,
  aId: string,
  bId: string,
  weightRequest: WeightRequest = {},
  lang: Lang = 'en',
): { ok: true; response: Comparison } | { ok: false; problems: Problem[] } {
  const index = indexCodebook(caseBase.codebook);
  const find = (id: string) =>
    caseBase.records.find((r): r is CodedRecord => r.id === id && (r.kind === 'mechanism' || r.kind === 'measure'));
  const a = find(aId);
  const b = find(bId);
  const problems: Problem[] = [
    ...(a ? [] : [{ path: ['a'], message: `no measure or mechanism has the id "${aId}"` }]),
    ...(b ? [] : [{ path: ['b'], message: `no measure or mechanism has the id "${bId}"` }]),
  ];
  const { weights, problems: weightProblems } = resolveWeights(index, weightRequest);
  problems.push(...weightProblems);
  if (!a || !b || problems.length > 0) return { ok: false, problems };
  const comparison = compareCodings(index, a.coding, b.coding, weights);
  const { shared, disanalogies } = explain(
    index,
    { name: recordNameIn(a, lang, true).text, coding: a.coding, sources: a.sources },
    { name: recordNameIn(b, lang, true).text, coding: b.coding, sources: b.sources },
    comparison.features,
    lang,
  );
  const side = (r: CodedRecord, featureId: string) => {
    const v = r.coding[featureId];
    if (!v) return null;
    const f = index.byId.get(featureId)!;
    return {
      value: v.value,
      label: describeValue(f, v.value, lang),
      confidence: v.confidence,
      ...(v.note ? { note: v.note } : {}),
      ...(v.inheritedFrom ? { inheritedFrom: v.inheritedFrom } : {}),
    };
  };
  return {
    ok: true,
    response: {
      datasetVersion: caseBase.datasetVersion,
      engineVersion,
      a: { id: a.id, kind: a.kind, name: a.name },
      b: { id: b.id, kind: b.kind, name: b.name },
      score: round(comparison.score),
      similarity: round(comparison.similarity),
      coverage: round(comparison.coverage),
      features: comparison.features.map((f) => ({
        feature: f.feature,
        label: featureLabel(index.byId.get(f.feature)!.feature, lang),
        weight: f.weight,
        similarity: f.similarity === null ? null : round(f.similarity),
        a: side(a, f.feature),
        b: side(b, f.feature),
      })),
      shared,
      disanalogies,
    },
  };
}
