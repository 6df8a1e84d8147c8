/**
 * The comparison engine: which historical mechanisms are the closest precedents for a query (a measure,
 * any coded record, free text, or features given directly), why each fits, where the analogy breaks,
 * how robust its rank is, and the lineage it belongs to. Pure and deterministic: the same request on the
 * same dataset gives the same result, byte for byte.
 */
import { indexCodebook } from '../codebook-index.ts';
import { engineVersion } from '../engine-version.ts';
import { featureTypeDefinitions } from '../feature-types/index.ts';
import { buildGraph } from '../graph.ts';
import type { Problem } from '../problem.ts';
import type { CodedRecord, Coding, CompiledCaseBase, Source, Technology } from '../schema.ts';
import { aggregate, localSimilarities, reliabilities } from './compare-codings.ts';
import { matchDefaults, type MatchRequest, type MatchResponse, type MatchResult } from './contract.ts';
import { explain, round } from './explain.ts';
import { robustness } from './robustness.ts';
import { lexicalRelevance, readText } from './text.ts';
import { trajectory } from './trajectory.ts';
import { resolveWeights } from './weights.ts';

export function match(caseBase: CompiledCaseBase, request: MatchRequest): { ok: true; response: MatchResponse } | { ok: false; problems: Problem[] } {
  const index = indexCodebook(caseBase.codebook);
  const problems: Problem[] = [];
  const records = caseBase.records;
  const coded = records.filter((r): r is CodedRecord => r.kind === 'mechanism' || r.kind === 'measure');
  const technologies = records.filter((r): r is Technology => r.kind === 'technology');

  if (request.text === undefined && request.measure === undefined && request.features === undefined)
    problems.push({ path: [], message: 'give at least one of text, measure or features' });
  const base = request.measure !== undefined ? coded.find((r) => r.id === request.measure) : undefined;
  if (request.measure !== undefined && !base) problems.push({ path: ['measure'], message: `no measure or mechanism has the id "${request.measure}"` });
  const { weights, problems: weightProblems } = resolveWeights(index, { preset: request.preset, weights: request.weights });
  problems.push(...weightProblems);

  // The query's coding: the measure's values, then the text's suggestions for what it leaves open,
  // then the features given explicitly. Each value remembers where it came from.
  const query: Coding = {};
  const origin: MatchResponse['query']['features'] = {};
  if (base)
    for (const [id, value] of Object.entries(base.coding)) {
      query[id] = value;
      origin[id] = { value: value.value, from: value.inheritedFrom ? 'technology' : 'measure' };
    }
  const reading = request.text !== undefined ? readText(index, technologies, request.text) : undefined;
  for (const s of reading?.suggestions ?? [])
    if (!query[s.feature]) {
      query[s.feature] = { value: s.value, confidence: 'low', sources: [] };
      origin[s.feature] = { value: s.value, from: 'text', matched: s.matched };
    }
  const technology = reading?.technology ? technologies.find((t) => t.id === reading.technology!.id) : undefined;
  if (technology)
    for (const [id, value] of Object.entries(technology.coding))
      if (!query[id]) {
        query[id] = { ...value, inheritedFrom: technology.id };
        origin[id] = { value: value.value, from: 'technology', matched: reading!.technology!.matched };
      }
  for (const [id, raw] of Object.entries(request.features ?? {})) {
    const feature = index.byId.get(id);
    if (!feature) {
      problems.push({ path: ['features', id], message: `unknown feature "${id}"` });
      continue;
    }
    const parsed = featureTypeDefinitions[feature.feature.type].parse(feature, raw);
    if (!parsed.ok) {
      problems.push({ path: ['features', id], message: parsed.message });
      continue;
    }
    query[id] = { value: parsed.value, confidence: 'high', sources: [] };
    origin[id] = { value: parsed.value, from: 'request' };
  }
  if (problems.length > 0) return { ok: false, problems };

  const limit = request.limit ?? matchDefaults.limit;
  const seed = request.seed ?? matchDefaults.seed;
  const runs = request.runs ?? matchDefaults.runs;
  const textWeight = request.text !== undefined ? (request.textWeight ?? matchDefaults.textWeight) : 0;

  const candidates = coded.filter((r) => r.id !== base?.id && (r.kind === 'mechanism' || request.includeMeasures));
  const weightList = index.features.map((f) => weights.get(f.id) ?? 0);
  const queryCoded = index.features.map((f) => query[f.id] !== undefined);
  const local = candidates.map((c) => localSimilarities(index, query, c.coding));
  const reliability = candidates.map((c) => reliabilities(index, query, c.coding));
  const lexicalMap = request.text !== undefined ? lexicalRelevance(caseBase, request.text) : undefined;
  const lexical = candidates.map((c) => lexicalMap?.get(c.id) ?? 0);
  const scored = candidates.map((candidate, i) => {
    const a = aggregate(local[i], weightList, queryCoded, reliability[i]);
    return { candidate, i, ...a, final: (1 - textWeight) * a.score + textWeight * lexical[i] };
  });
  scored.sort((x, y) => y.final - x.final || x.candidate.id.localeCompare(y.candidate.id));

  const k = Math.min(limit, candidates.length);
  const shown = scored.slice(0, limit);
  const stability = robustness(
    { local, reliability, ids: candidates.map((c) => c.id), weights: weightList, queryCoded, track: shown.map((s) => s.i), lexical, textWeight },
    { runs, seed, k },
  );
  const graph = buildGraph(caseBase);
  const querySide = { name: base?.shortName ?? 'the query', coding: query, sources: (base?.sources ?? []) as Source[] };

  const results: MatchResult[] = shown.map((s, position) => {
    const features = index.features.map((f, fi) => {
      const similarity = local[s.i][fi];
      const r = reliability[s.i][fi];
      return {
        feature: f.id,
        similarity: similarity === null ? null : round(similarity),
        weight: weightList[fi],
        reliability: similarity === null ? null : r,
        contribution: similarity === null || s.meanWeight === 0 ? 0 : round((weightList[fi] * r * similarity) / s.meanWeight),
      };
    });
    const { shared, disanalogies } = explain(index, querySide, { name: s.candidate.shortName, coding: s.candidate.coding, sources: s.candidate.sources }, features.map((f, fi) => ({ ...f, similarity: local[s.i][fi] })));
    return {
      rank: position + 1,
      id: s.candidate.id,
      kind: s.candidate.kind,
      name: s.candidate.name,
      ...(s.candidate.year !== undefined ? { year: s.candidate.year } : {}),
      score: round(s.final),
      similarity: round(s.similarity),
      coverage: round(s.coverage),
      ...(lexicalMap ? { lexical: round(lexical[s.i]) } : {}),
      contributions: features.filter((f) => f.similarity !== null).sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature)),
      shared,
      disanalogies,
      robustness: { ...stability[position], topK: round(stability[position].topK) },
      trajectory: trajectory(graph, s.candidate.id),
    };
  });

  return {
    ok: true,
    response: {
      datasetVersion: caseBase.datasetVersion,
      engineVersion,
      query: {
        ...(request.text !== undefined ? { text: request.text } : {}),
        ...(request.measure !== undefined ? { measure: request.measure } : {}),
        ...(request.preset !== undefined ? { preset: request.preset } : {}),
        seed,
        runs,
        textWeight,
        weights: Object.fromEntries(index.features.map((f) => [f.id, weights.get(f.id) ?? 0])),
        features: Object.fromEntries(index.features.filter((f) => origin[f.id]).map((f) => [f.id, origin[f.id]])),
        suggestions: reading?.suggestions ?? [],
        ...(technology ? { technology: technology.id } : {}),
      },
      results,
    },
  };
}
