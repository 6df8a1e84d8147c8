/**
 * The comparison engine: which historical mechanisms are the closest precedents for a query (a measure,
 * any coded record, free text, or features given directly), why each fits, where the analogy breaks,
 * how robust its rank is to other weights and to doubtful coding, and the lineage family it heads.
 * Records about AI are ranked apart, in the contemporary lane: they are under way, not precedents.
 * When nothing in the words was understood, no ranking is given. Pure and deterministic: the same
 * request on the same dataset gives the same result, byte for byte.
 */
import { engineVersion } from '../engine-version.ts';
import { featureTypeDefinitions } from '../feature-types/index.ts';
import { buildGraph } from '../graph.ts';
import type { Problem } from '../problem.ts';
import { quoteInput } from '../quote-input.ts';
import type { CodedRecord, Coding, CompiledCaseBase, Source, Technology } from '../schema.ts';
import { aggregate, localSimilarities, reliabilities } from './compare-codings.ts';
import { compiledIndex, type CompiledIndex } from './compiled-index.ts';
import {
  matchDefaults,
  type Family,
  type Grouping,
  type MatchRequest,
  type MatchResponse,
  type MatchResult,
  type Understanding,
} from './contract.ts';
import { explain, round } from './explain.ts';
import { robustness, type RankedPool } from './robustness.ts';
import { compileQuery, scorePool, type CompiledQuery, type Scores } from './scoring.ts';
import { lexicalRelevance, readText } from './text.ts';
import { trajectory } from './trajectory.ts';
import { understand, understandingNotice, outOfScopeNotice } from './understanding.ts';
import { findOutOfScopeModels } from '../out-of-scope.ts';
import { resolveWeights } from './weights.ts';
import { lookUpRecord } from '../record-lookup.ts';
import type { Lang } from '../i18n/lang.ts';
import { recordNameIn } from '../i18n/record-names.ts';
import { sentences } from './sentence-catalogues.ts';

/**
 * A lane (the precedents, or the contemporary records) scored and grouped: each pool member belongs to a
 * group (its lineage family, or itself alone), and a group ranks by its best member. Only the groups
 * shown are ever sorted, so a large case-base costs a pass, not a sort.
 */
export interface Lane {
  ranked: RankedPool;
  scores: Scores;
  final: Float64Array;
  /** Pool position of each group's best member. */
  head: Int32Array;
  /** The best `limit` groups, best first. */
  top(limit: number): number[];
  /** Rank of a group: one more than the groups that beat it. */
  rankOf(group: number): number;
  /** A group's pool positions, best first. */
  members(group: number): number[];
}

/** Everything a ranking is computed from, shared by `match` and the why-not explanation. */
export interface Prepared {
  ix: CompiledIndex;
  base?: CodedRecord;
  query: Coding;
  origin: MatchResponse['query']['features'];
  weightList: number[];
  compiled: CompiledQuery;
  understanding: Understanding;
  notice?: string;
  echo: MatchResponse['query'];
  limit: number;
  contemporaryLimit: number;
  group: Grouping;
  lexicalMap?: Map<string, number>;
  textWeight: number;
  precedents: Lane;
  contemporary: Lane;
  /** Why a record is left out of both lanes, by index position (the query itself, or outside the period). */
  excluded(position: number): string;
  /** The language of the sentences: explanations and notices. */
  lang: Lang;
}

export function prepare(
  caseBase: CompiledCaseBase,
  request: MatchRequest,
  lang: Lang = 'en',
): { ok: true; prepared: Prepared } | { ok: false; problems: Problem[] } {
  const ix = compiledIndex(caseBase);
  const { index } = ix;
  const problems: Problem[] = [];
  const technologies = caseBase.records.filter((r): r is Technology => r.kind === 'technology');

  if (request.text === undefined && request.measure === undefined && request.features === undefined)
    problems.push({ path: [], message: 'give at least one of text, measure or features' });
  const basePosition = request.measure !== undefined ? ix.position.get(request.measure) : undefined;
  const base = basePosition !== undefined ? ix.records[basePosition] : undefined;
  if (request.measure !== undefined && !base)
    problems.push({ path: ['measure'], message: `no measure or mechanism has the id ${quoteInput(request.measure)}` });
  const { weights, problems: weightProblems } = resolveWeights(index, {
    preset: request.preset,
    weights: request.weights,
  });
  problems.push(...weightProblems);
  const eras = index.codebook.eras;
  const era = request.era !== undefined ? eras.find((e) => e.id === request.era) : undefined;
  if (request.era !== undefined && !era)
    problems.push({
      path: ['era'],
      message: `unknown era ${quoteInput(request.era)}; the codebook has ${eras.map((e) => e.id).join(', ')}`,
    });
  if (request.from !== undefined && request.to !== undefined && request.from > request.to)
    problems.push({ path: ['from'], message: `from (${request.from}) is after to (${request.to})` });

  // The query's coding: the measure's values, then the text's suggestions for what it leaves open,
  // then the features given explicitly. Each value remembers where it came from.
  const query: Coding = {};
  const origin: MatchResponse['query']['features'] = {};
  if (base)
    for (const [id, value] of Object.entries(base.coding)) {
      query[id] = value;
      origin[id] = { value: value.value, from: value.inheritedFrom ? 'technology' : 'measure' };
    }
  const reading = request.text !== undefined ? readText(index, caseBase, request.text) : undefined;
  for (const s of reading?.suggestions ?? [])
    if (!query[s.feature]) {
      query[s.feature] = { value: s.value, confidence: s.confidence, sources: [] };
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
      problems.push({ path: ['features', id], message: `unknown feature ${quoteInput(id)}` });
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
  const group = request.group ?? matchDefaults.group;
  const contemporaryLimit = request.contemporary ?? matchDefaults.contemporary;
  const textWeight = request.text !== undefined ? (request.textWeight ?? matchDefaults.textWeight) : 0;
  const outOfScope = request.text !== undefined ? findOutOfScopeModels(request.text, caseBase.outOfScope ?? []) : [];
  const understanding = understand(
    caseBase,
    request.text,
    reading,
    base !== undefined || request.features !== undefined,
    outOfScope,
  );
  const from = Math.max(request.from ?? -Infinity, era?.from ?? -Infinity);
  const to = Math.min(request.to ?? Infinity, era?.to ?? Infinity);

  // The lanes: AI-domain mechanisms apart; measures ranked with the precedents only when asked for.
  // One pass over typed arrays (a record object is touched only to say why it was left out).
  const precedentPool = new Int32Array(ix.records.length);
  const lanePool = new Int32Array(ix.records.length);
  let precedents = 0;
  let lanes = 0;
  const period = Number.isFinite(from) || Number.isFinite(to);
  const includeMeasures = request.includeMeasures === true;
  for (let i = 0; i < ix.records.length; i++) {
    if (i === basePosition) continue;
    const measure = ix.isMeasure[i] === 1;
    if (measure && !includeMeasures) continue;
    if (!measure && ix.contemporary[i] === 1) lanePool[lanes++] = i;
    else if (!period || (ix.year[i] >= from && ix.year[i] <= to)) precedentPool[precedents++] = i;
  }
  const excluded = (i: number): string =>
    i === basePosition
      ? 'it is the query itself'
      : ix.isMeasure[i] === 1 && !includeMeasures
        ? 'it is a proposed measure; measures are ranked only with includeMeasures'
        : `its year (${Number.isNaN(ix.year[i]) ? 'none' : ix.year[i]}) lies outside the period asked for`;

  const weightList = index.features.map((f) => weights.get(f.id) ?? 0);
  const compiled = compileQuery(ix, query, weightList, runs > 0);
  const lexicalMap = request.text !== undefined ? lexicalRelevance(caseBase, request.text) : undefined;
  const lane = (positions: Int32Array) => rankLane(ix, compiled, positions, group, lexicalMap, textWeight);

  const echo: MatchResponse['query'] = {
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
    understanding,
    group,
    contemporary: contemporaryLimit,
    ...(request.era !== undefined ? { era: request.era } : {}),
    ...(request.from !== undefined ? { from: request.from } : {}),
    ...(request.to !== undefined ? { to: request.to } : {}),
    // Only a language other than the default is echoed, so an English answer is the same bytes as before.
    ...(lang !== 'en' ? { lang } : {}),
  };
  const nameOf = (id: string) => {
    const found = lookUpRecord(caseBase, id);
    return found ? recordNameIn(found.record, lang, true).text : id;
  };
  const notice =
    [outOfScopeNotice(understanding, nameOf, lang), understandingNotice(understanding, lang)]
      .filter(Boolean)
      .join(' ') || undefined;
  return {
    ok: true,
    prepared: {
      ix,
      ...(base ? { base } : {}),
      query,
      origin,
      weightList,
      compiled,
      understanding,
      ...(notice ? { notice } : {}),
      echo,
      limit,
      contemporaryLimit,
      group,
      ...(lexicalMap ? { lexicalMap } : {}),
      textWeight,
      precedents: lane(precedentPool.subarray(0, precedents)),
      contemporary: lane(lanePool.subarray(0, lanes)),
      excluded,
      lang,
    },
  };
}

/** Scores a pool and groups it into families, or leaves every record alone. */
function rankLane(
  ix: CompiledIndex,
  compiled: CompiledQuery,
  pool: Int32Array,
  grouping: Grouping,
  lexicalMap: Map<string, number> | undefined,
  textWeight: number,
): Lane {
  const n = pool.length;
  const scores = scorePool(ix, compiled, pool);
  const lexical = new Float64Array(n);
  if (lexicalMap) for (let p = 0; p < n; p++) lexical[p] = lexicalMap.get(ix.records[pool[p]].id) ?? 0;
  const final = new Float64Array(n);
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    final[p] = (1 - textWeight) * scores.score[p] + textWeight * lexical[p];
    order[p] = ix.idRank[pool[p]];
  }
  /** Whether pool member a ranks before b: higher score, then the id first in order. */
  const before = (a: number, b: number) => final[a] > final[b] || (final[a] === final[b] && order[a] < order[b]);
  const group = new Int32Array(n);
  const dense = new Int32Array(ix.lineage.families.length).fill(-1);
  let groups = 0;
  for (let p = 0; p < n; p++) {
    if (grouping === 'none') group[p] = groups++;
    else {
      const family = ix.lineage.familyOf[pool[p]];
      if (dense[family] < 0) dense[family] = groups++;
      group[p] = dense[family];
    }
  }
  const head = new Int32Array(groups).fill(-1);
  for (let p = 0; p < n; p++) if (head[group[p]] < 0 || before(p, head[group[p]])) head[group[p]] = p;
  const top = (limit: number) => {
    // Insertion into a short sorted list: one pass over the groups for the few that are shown.
    const best: number[] = [];
    for (let g = 0; g < groups; g++) {
      if (best.length === limit && !before(head[g], head[best[limit - 1]])) continue;
      let at = best.length;
      while (at > 0 && before(head[g], head[best[at - 1]])) at--;
      best.splice(at, 0, g);
      if (best.length > limit) best.pop();
    }
    return best;
  };
  const rankOf = (g: number) => {
    let rank = 1;
    for (let other = 0; other < groups; other++) if (before(head[other], head[g])) rank++;
    return rank;
  };
  const members = (g: number) => {
    const list: number[] = [];
    for (let p = 0; p < n; p++) if (group[p] === g) list.push(p);
    return list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  };
  return { ranked: { pool, group, groups, order, lexical, textWeight }, scores, final, head, top, rankOf, members };
}

/** Ids in code-unit order, as the ranking has always broken ties (the same in every runtime). */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function match(
  caseBase: CompiledCaseBase,
  request: MatchRequest,
  lang: Lang = 'en',
): { ok: true; response: MatchResponse } | { ok: false; problems: Problem[] } {
  const prepared = prepare(caseBase, request, lang);
  if (!prepared.ok) return prepared;
  const p = prepared.prepared;
  const none = p.understanding.level === 'none';
  return {
    ok: true,
    response: {
      datasetVersion: caseBase.datasetVersion,
      engineVersion,
      query: p.echo,
      results: none ? [] : results(caseBase, p, p.precedents, p.limit),
      contemporary: none ? [] : results(caseBase, p, p.contemporary, p.contemporaryLimit),
      ...(p.notice ? { notice: p.notice } : {}),
    },
  };
}

/** The family a shown group stands for: its founding record, and the other members ranked, best first. */
export function familyOf(p: Prepared, lane: Lane, members: readonly number[]): Family {
  const { ix } = p;
  const head = lane.ranked.pool[members[0]];
  const family = ix.lineage.families[ix.lineage.familyOf[head]];
  return {
    id: family.id,
    name: family.name,
    members: members.slice(1).map((m) => {
      const record = ix.records[lane.ranked.pool[m]];
      return {
        id: record.id,
        name: record.shortName,
        ...(record.year !== undefined ? { year: record.year } : {}),
        relation: ix.lineage.relation[lane.ranked.pool[m]],
        score: round(lane.final[m]),
      };
    }),
  };
}

/** Per-feature comparison of a query with one record, for the explanation of a shown result. */
export function featureComparison(p: Prepared, record: CodedRecord) {
  const { index } = p.ix;
  const local = localSimilarities(index, p.query, record.coding);
  const reliability = reliabilities(index, p.query, record.coding);
  const queryCoded = index.features.map((f) => p.query[f.id] !== undefined);
  const a = aggregate(local, p.weightList, queryCoded, reliability);
  return { local, reliability, ...a };
}

function results(caseBase: CompiledCaseBase, p: Prepared, lane: Lane, limit: number): MatchResult[] {
  const { ix } = p;
  const { index } = ix;
  const shown = lane.top(limit);
  const k = Math.min(limit, lane.ranked.groups);
  const stability = robustness(ix, p.compiled, lane.ranked, shown, {
    runs: p.echo.runs,
    seed: p.echo.seed,
    k,
    allWeights: p.weightList,
  });
  const graph = buildGraph(caseBase);
  const querySide = {
    name: p.base ? recordNameIn(p.base, p.lang, true).text : sentences(p.lang).queryName,
    coding: p.query,
    sources: (p.base?.sources ?? []) as Source[],
  };
  return shown.map((group, position) => {
    const members = lane.members(group);
    const at = members[0];
    const candidate = ix.records[lane.ranked.pool[at]];
    const compared = featureComparison(p, candidate);
    const features = index.features.map((f, fi) => {
      const similarity = compared.local[fi];
      const r = compared.reliability[fi];
      return {
        feature: f.id,
        similarity: similarity === null ? null : round(similarity),
        weight: p.weightList[fi],
        reliability: similarity === null ? null : r,
        contribution:
          similarity === null || compared.meanWeight === 0
            ? 0
            : round((p.weightList[fi] * r * similarity) / compared.meanWeight),
      };
    });
    const { shared, disanalogies } = explain(
      index,
      querySide,
      { name: recordNameIn(candidate, p.lang, true).text, coding: candidate.coding, sources: candidate.sources },
      features.map((f, fi) => ({ ...f, similarity: compared.local[fi] })),
      p.lang,
    );
    return {
      rank: position + 1,
      id: candidate.id,
      kind: candidate.kind,
      name: candidate.name,
      ...(candidate.year !== undefined ? { year: candidate.year } : {}),
      score: round(lane.final[at]),
      similarity: round(lane.scores.similarity[at]),
      coverage: round(lane.scores.coverage[at]),
      ...(p.lexicalMap ? { lexical: round(lane.ranked.lexical[at]) } : {}),
      contributions: features
        .filter((f) => f.similarity !== null)
        .sort((a, b) => b.contribution - a.contribution || compareIds(a.feature, b.feature)),
      shared,
      disanalogies,
      robustness: { ...stability.weights[position], coding: stability.coding[position] },
      trajectory: trajectory(graph, candidate.id),
      family: familyOf(p, lane, p.group === 'family' ? members : [at]),
    };
  });
}
