/**
 * The ranked precedents: for each, the score as a bar and in figures, why it fits (shared features),
 * where the analogy breaks (disanalogies), each line with its confidence, notes and sources; how robust
 * its rank is to other weights and to doubtful coding; its lineage family and its trajectory in
 * sentences. Everything shown is what the engine returned; nothing is recomputed here. Each result can be
 * cited (the record's citation, in six formats), compared side by side, and shown on the map.
 *
 * Results are named by their short names, as the map names them; the formal title is on the record page.
 */
import type { MatchResponse, MatchResult } from '@domain/match/contract.ts';
import type { Codebook } from '@domain/schema.ts';
import { openCiteDialog, recordCiteUrl } from '../cite/cite-dialog.ts';
import { byId, h } from '../shared/dom.ts';
import { dataTable } from '../shared/table.ts';
import { evidenceList } from './evidence.ts';
import { mapHref, readRelation, relationWords, withYear } from './result-words.ts';
import { labelOf, localPath, namedInPageLang, pageLang, t } from './page-words.ts';

const percent = (x: number) => `${Math.round(x * 100)} %`;
const fixed = (x: number) => x.toFixed(2);

/** The words of the results, from the message catalogue (src/domain/i18n/workbench-*.ts). */
export const resultsText = {
  score: (score: number) => t('wb.results.score', { score: fixed(score) }),
  figures: (r: MatchResult) =>
    t('wb.results.figures', { similarity: fixed(r.similarity), coverage: percent(r.coverage) }) +
    (r.lexical !== undefined ? t('wb.results.words', { lexical: fixed(r.lexical) }) : ''),
  otherWeights: t('wb.results.otherWeights'),
  weightsFigure: (k: number, share: number, runs: number, range: string) =>
    t('wb.results.weightsFigure', { k, share: percent(share), runs, range }),
  doubtfulCoding: t('wb.results.doubtfulCoding'),
  codingFigure: (k: number, share: number, runs: number, range: string) =>
    t('wb.results.codingFigure', { k, share: percent(share), runs, range }),
  always: (rank: number) => t('wb.results.always', { rank }),
  between: (min: number, max: number) => t('wb.results.between', { min, max }),
  family: (name: string, n: number) => t(n === 1 ? 'wb.results.familyOne' : 'wb.results.familyMany', { name, n }),
  memberScore: (score: number) => t('wb.results.memberScore', { score: fixed(score) }),
  shared: t('wb.results.shared'),
  disanalogies: t('wb.results.disanalogies'),
  question: t('wb.queryTitle'),
  trajectory: t('wb.results.trajectory'),
  atRemove: (steps: number) => (steps === 1 ? t('wb.results.atOneRemove') : t('wb.results.atRemoves', { steps })),
  howScored: t('wb.results.howScored'),
  contributionsCaption: t('wb.results.contributionsCaption'),
  feature: t('wb.results.feature'),
  similarity: t('wb.results.similarity'),
  weight: t('wb.results.weight'),
  contribution: t('wb.results.contribution'),
  sideBySide: t('wb.sideBySideTitle'),
  cite: t('wb.results.cite'),
  citeTitle: (name: string) => t('wb.results.citeTitle', { name }),
  showOnMap: t('wb.results.showOnMap'),
  withName: (name: string) => t('wb.results.withName', { name }),
  ofName: (name: string) => t('wb.results.ofName', { name }),
  founding: t('wb.results.founding'),
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A record's name from the page's list, in the page's language (the engine's, in English, where it has none). */
type NameOf = (id: string, fallback: string) => string;

/**
 * A relation in a sentence, `name` the element naming its other end: "Succeeded by <a>…</a>" on /compare,
 * "由<a>…</a>接续" on /zh/compare — the catalogue's phrase split where it places the name.
 */
function relationSentence(relation: string, towards: 'outgoing' | 'incoming', name: Node) {
  const read = readRelation(relation);
  if (!read) return [capitalised(relation), ' ', name];
  const [before, after = ''] = t(`wb.rel.${read.type}.${towards}`).split('{name}');
  return [before, name, after];
}

/** A family member's relation as the engine wrote it, in the page's language, the record it names too. */
function memberRelation(relation: string): string {
  if (pageLang() === 'en') return relationWords(relation);
  const read = readRelation(relation);
  if (!read) return relation === 'founding record' ? resultsText.founding : relation;
  return t(`wb.rel.${read.type}.${read.towards}`, { name: namedInPageLang(read.rest) });
}

function scoreBar(result: MatchResult) {
  const fill = h('span');
  // Through the CSSOM, not a style attribute: the site's Content-Security-Policy (style-src 'self') blocks those.
  fill.style.width = `${Math.round(result.score * 100)}%`;
  return h(
    'div',
    { class: 'score' },
    h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
    h('span', {}, resultsText.score(result.score), h('span', { class: 'hint' }, resultsText.figures(result))),
  );
}

/** Both robustness figures in words: other weights, and other plausible codings of doubtful values. */
function robustness(result: MatchResult) {
  const r = result.robustness;
  if (r.runs === 0) return null;
  const range = (x: { rankMin: number; rankMax: number }) =>
    x.rankMin === x.rankMax ? resultsText.always(x.rankMin) : resultsText.between(x.rankMin, x.rankMax);
  return h(
    'div',
    { class: 'robustness' },
    h('p', {}, h('strong', {}, resultsText.otherWeights), resultsText.weightsFigure(r.k, r.topK, r.runs, range(r))),
    h(
      'p',
      {},
      h('strong', {}, resultsText.doubtfulCoding),
      resultsText.codingFigure(r.coding.k, r.coding.topK, r.coding.runs, range(r.coding)),
    ),
  );
}

/** The other members of the lineage family this result heads, each with its own score. */
function family(result: MatchResult, nameOf: NameOf) {
  const f = result.family;
  if (f.members.length === 0) return null;
  return h(
    'details',
    { class: 'family' },
    h('summary', {}, resultsText.family(nameOf(f.id, f.name), f.members.length)),
    h(
      'ul',
      {},
      f.members.map((m) =>
        h(
          'li',
          {},
          h('a', { href: localPath(`/cases/${m.id}`) }, withYear(nameOf(m.id, m.name), m.year)),
          ` — ${memberRelation(m.relation)}; ${resultsText.memberScore(m.score)}`,
        ),
      ),
    ),
  );
}

/**
 * The lineage as sentences, earliest first: "Modelled on INCSEA (1972)", "Succeeded by Hotline
 * Improvement Agreement (1971)". A step further than one link away is said to be at one remove or more.
 */
function trajectory(result: MatchResult, nameOf: NameOf) {
  const { predecessors, successors } = result.trajectory;
  if (predecessors.length === 0 && successors.length === 0) return null;
  const step = (s: MatchResult['trajectory']['predecessors'][number], towards: 'outgoing' | 'incoming') =>
    h(
      'li',
      {},
      ...relationSentence(
        s.relation,
        towards,
        h('a', { href: localPath(`/cases/${s.id}`) }, withYear(nameOf(s.id, s.name), s.year)),
      ),
      s.distance > 1 ? resultsText.atRemove(s.distance - 1) : '',
      t('wb.results.end'),
    );
  return h(
    'div',
    { class: 'trajectory' },
    h('h4', {}, resultsText.trajectory),
    h(
      'ul',
      { class: 'path' },
      predecessors.map((s) => step(s, 'outgoing')),
      successors.map((s) => step(s, 'incoming')),
    ),
  );
}

function contributions(result: MatchResult, codebook: Codebook) {
  const label = new Map(codebook.features.map((f) => [f.id, labelOf(f)]));
  return h(
    'details',
    { class: 'contributions' },
    h('summary', {}, resultsText.howScored),
    dataTable(
      resultsText.contributionsCaption,
      [resultsText.feature, resultsText.similarity, resultsText.weight, resultsText.contribution],
      result.contributions.map((c) => ({
        head: label.get(c.feature) ?? c.feature,
        cells: [c.similarity === null ? '—' : fixed(c.similarity), String(c.weight), fixed(c.contribution)],
      })),
    ),
  );
}

export interface ResultsProps {
  results: MatchResponse['results'];
  codebook: Codebook;
  /** The short name of a record, as the map shows it. */
  shortName(id: string, fallback: string): string;
  onSideBySide(id: string): void;
  target?: string;
}

export function renderResults({ results, codebook, shortName, onSideBySide, target = 'results' }: ResultsProps): void {
  byId(target).replaceChildren(
    h(
      'ol',
      // The contemporary lane gets its own class, so nothing that reads the precedents counts it among them.
      { class: target === 'results' ? 'results' : 'lane-results' },
      results.map((result) => {
        const name = shortName(result.id, result.name);
        const sides = { query: resultsText.question, precedent: name };
        return h(
          'li',
          {
            class: 'result',
            id: target === 'results' ? `result-${result.id}` : `${target}-${result.id}`,
            'data-id': result.id,
          },
          h(
            'h3',
            {},
            h('span', { class: 'rank' }, `${result.rank}.`),
            ' ',
            h('a', { href: localPath(`/cases/${result.id}`) }, withYear(name, result.year)),
          ),
          scoreBar(result),
          robustness(result),
          family(result, shortName),
          evidenceList(resultsText.shared, 'shared', result.shared, sides),
          evidenceList(resultsText.disanalogies, 'disanalogies', result.disanalogies, sides),
          trajectory(result, shortName),
          contributions(result, codebook),
          h(
            'p',
            { class: 'result-actions' },
            h(
              'button',
              { type: 'button', onclick: () => onSideBySide(result.id) },
              resultsText.sideBySide,
              h('span', { class: 'visually-hidden' }, resultsText.withName(name)),
            ),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'cite-record',
                onclick: () =>
                  void openCiteDialog({ url: recordCiteUrl(result.id), title: resultsText.citeTitle(name) }),
              },
              resultsText.cite,
              h('span', { class: 'visually-hidden' }, resultsText.ofName(name)),
            ),
            ' ',
            h(
              'a',
              { class: 'show-on-map', href: localPath(mapHref(result)) },
              resultsText.showOnMap,
              h('span', { class: 'visually-hidden' }, resultsText.ofName(name)),
            ),
          ),
        );
      }),
    ),
  );
}
