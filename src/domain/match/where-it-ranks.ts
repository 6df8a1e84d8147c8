/**
 * Why not? Where a named record ranks for a query, and what separates it from the last result shown: a
 * scholar who expects INCSEA can see its rank, the gap to the cutoff, and which features cost it —
 * each feature's contribution to its score beside the same feature's contribution to the cutoff's.
 *
 * A contribution is in points of the final score: weight × reliability × similarity over the weighted
 * mean's denominator, times the coverage discount, times the share of the score that is coding (1 minus
 * the text weight). A feature's `versusCutoff` is its contribution minus the cutoff's on the same feature.
 */
import { engineVersion } from '../engine-version.ts';
import type { Problem } from '../problem.ts';
import { quoteInput } from '../quote-input.ts';
import type { CodedRecord, CompiledCaseBase } from '../schema.ts';
import { coveragePenalty } from './compare-codings.ts';
import type { Explanation, MatchRequest } from './contract.ts';
import { round } from './explain.ts';
import { compareIds, familyOf, featureComparison, prepare, type Lane, type Prepared } from './match.ts';

export type WhereItRanks =
  { ok: true; explanation: Explanation } | { ok: false; status: 404 | 422; problems: Problem[] };

/** Each feature's points of the record's score, and its local similarity to the query. */
function contributions(p: Prepared, record: CodedRecord): { points: number[]; local: (number | null)[] } {
  const c = featureComparison(p, record);
  const discount = Math.pow(c.coverage, coveragePenalty) * (1 - p.textWeight);
  const points = p.ix.index.features.map((_, fi) => {
    const s = c.local[fi];
    return s === null || c.meanWeight === 0
      ? 0
      : ((p.weightList[fi] * c.reliability[fi] * s) / c.meanWeight) * discount;
  });
  return { points, local: c.local };
}

export function whereItRanks(caseBase: CompiledCaseBase, request: MatchRequest, candidateId: string): WhereItRanks {
  const prepared = prepare(caseBase, request);
  if (!prepared.ok) return { ok: false, status: 422, problems: prepared.problems };
  const p = prepared.prepared;
  const { ix } = p;
  const at = ix.position.get(candidateId);
  if (at === undefined) {
    const other = caseBase.records.some((r) => r.id === candidateId);
    return other
      ? {
          ok: false,
          status: 422,
          problems: [
            {
              path: ['candidate'],
              message: `${quoteInput(candidateId)} is not a mechanism or measure, so it is not ranked`,
            },
          ],
        }
      : {
          ok: false,
          status: 404,
          problems: [{ path: ['candidate'], message: `no record has the id ${quoteInput(candidateId)}` }],
        };
  }
  const record = ix.records[at];
  if (record.kind !== 'mechanism' && !request.includeMeasures)
    return {
      ok: false,
      status: 422,
      problems: [
        {
          path: ['candidate'],
          message: `${quoteInput(record.id)} is a proposed measure, not a mechanism; add includeMeasures=1 to rank measures`,
        },
      ],
    };

  const notes: string[] = [];
  const none = p.understanding.level === 'none';
  if (none) notes.push('Nothing in the words was understood, so no ranking is given (see the notice of the match).');
  if (record.id !== candidateId) notes.push(`${candidateId} is a former id of ${record.id}.`);
  const findIn = (lane: Lane) => {
    const position = [...lane.ranked.pool].indexOf(at);
    return position < 0 ? undefined : { position, group: lane.ranked.group[position] };
  };
  const inPrecedents = findIn(p.precedents);
  const inLane = inPrecedents ? undefined : findIn(p.contemporary);
  const lane = inPrecedents ? p.precedents : inLane ? p.contemporary : undefined;
  const found = inPrecedents ?? inLane;
  const limit = inLane ? p.contemporaryLimit : p.limit;
  const mine = contributions(p, record);
  // Who asks, about what: the same on every answer, ranked or not.
  const header = {
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    candidate: { id: record.id, name: record.name, ...(record.year !== undefined ? { year: record.year } : {}) },
  };

  if (!lane || !found) {
    notes.push(`It is not ranked: ${p.excluded(at)}.`);
    return {
      ok: true,
      explanation: {
        ...header,
        lane: 'excluded',
        rank: null,
        score: 0,
        family: null,
        cutoff: null,
        gap: 0,
        features: featureRows(
          p,
          mine,
          mine.points.map(() => 0),
        ),
        notes,
      },
    };
  }
  if (inLane)
    notes.push(
      'It is about AI, so it is ranked in the contemporary lane (already under way), not among the precedents.',
    );
  const score = lane.final[found.position];
  const rank = lane.rankOf(found.group);
  const members = lane.members(found.group);
  const head = lane.ranked.pool[members[0]];
  if (p.group === 'family' && head !== at)
    notes.push(
      `Its family is ranked ${rank}, headed by ${ix.records[head].shortName} (${round(lane.final[members[0]])}); ` +
        `it is a member (${round(score)}): a family is shown once, by its best member.`,
    );
  const shown = lane.top(limit);
  const cutoffGroup = shown.length - 1;
  const cutoffAt = cutoffGroup >= 0 ? lane.head[shown[cutoffGroup]] : undefined;
  const cutoffRecord = cutoffAt !== undefined ? ix.records[lane.ranked.pool[cutoffAt]] : undefined;
  const cutoffScore = cutoffAt !== undefined ? lane.final[cutoffAt] : 0;
  const theirs = cutoffRecord ? contributions(p, cutoffRecord).points : mine.points.map(() => 0);
  if (!none && rank <= limit) notes.push(`It is shown: rank ${rank} of the ${limit} asked for.`);
  else if (!none)
    notes.push(`It is below the last result shown (rank ${cutoffGroup + 1}, ${cutoffRecord!.shortName}).`);
  const coverage = lane.scores.coverage[found.position];
  const cutoffCoverage = cutoffAt !== undefined ? lane.scores.coverage[cutoffAt] : 0;
  if (cutoffRecord && coverage < cutoffCoverage - 0.05)
    notes.push(
      `It is compared on fewer of the query's features (coverage ${Math.round(coverage * 100)} % against ${Math.round(cutoffCoverage * 100)} %), which discounts its score.`,
    );
  if (p.lexicalMap && p.textWeight > 0) {
    const lexical = lane.ranked.lexical[found.position];
    const cutoffLexical = cutoffAt !== undefined ? lane.ranked.lexical[cutoffAt] : 0;
    if (Math.abs(lexical - cutoffLexical) >= 0.1)
      notes.push(
        `Word overlap with the query: ${round(lexical)} against the cutoff's ${round(cutoffLexical)} (weighted ${p.textWeight}).`,
      );
  }
  return {
    ok: true,
    explanation: {
      ...header,
      lane: inLane ? 'contemporary' : 'precedents',
      rank: none ? null : rank,
      score: round(score),
      family: familyOf(p, lane, p.group === 'family' ? members : [found.position]),
      cutoff: cutoffRecord && !none ? { rank: cutoffGroup + 1, score: round(cutoffScore), id: cutoffRecord.id } : null,
      gap: cutoffRecord && !none ? round(cutoffScore - score) : 0,
      features: featureRows(p, mine, theirs),
      notes,
    },
  };
}

/** The features the query weighs, the costliest against the cutoff first. */
function featureRows(p: Prepared, mine: { points: number[]; local: (number | null)[] }, theirs: number[]) {
  return [...p.compiled.features]
    .map((fi) => ({
      feature: p.ix.index.features[fi].id,
      similarity: mine.local[fi] === null ? null : round(mine.local[fi]!),
      weight: p.weightList[fi],
      contribution: round(mine.points[fi]),
      versusCutoff: round(mine.points[fi] - theirs[fi]),
    }))
    .sort((a, b) => a.versusCutoff - b.versusCutoff || compareIds(a.feature, b.feature));
}
