/**
 * A ranking as CSV, one row per precedent, written by a CSV library rather than by hand: what the command
 * line prints with `--format csv` and what the workbench's "Download CSV" saves.
 */
import Papa from 'papaparse';
import type { MatchResponse } from './contract.ts';

export function rankingCsv(response: Pick<MatchResponse, 'results' | 'datasetVersion' | 'engineVersion'>): string {
  return Papa.unparse(
    {
      fields: [
        'rank',
        'id',
        'name',
        'year',
        'score',
        'similarity',
        'coverage',
        'topK',
        'rankMin',
        'rankMax',
        'shared',
        'disanalogies',
        'datasetVersion',
        'engineVersion',
        'codingTopK',
        'codingRankMin',
        'codingRankMax',
        'family',
        'familyMembers',
      ],
      data: response.results.map((r) => [
        r.rank,
        r.id,
        r.name,
        r.year ?? '',
        r.score,
        r.similarity,
        r.coverage,
        r.robustness.topK,
        r.robustness.rankMin,
        r.robustness.rankMax,
        r.shared.map((p) => p.text).join(' | '),
        r.disanalogies.map((p) => p.text).join(' | '),
        response.datasetVersion,
        response.engineVersion,
        r.robustness.coding.topK,
        r.robustness.coding.rankMin,
        r.robustness.coding.rankMax,
        r.family.id,
        r.family.members.map((m) => m.id).join(' | '),
      ]),
    },
    { newline: '\n' },
  );
}
