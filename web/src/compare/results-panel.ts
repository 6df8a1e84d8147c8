/**
 * The ranked precedents: for each, the score as a bar and in figures, why it fits (shared features),
 * where the analogy breaks (disanalogies), how robust its rank is to other weights, and its lineage.
 * Everything shown is what the engine returned; nothing is recomputed here. Each result can be cited
 * (the record's citation, in six formats).
 */
import type { MatchResponse, MatchResult } from '@domain/match/contract.ts';
import type { Codebook } from '@domain/schema.ts';
import { openCiteDialog, recordCiteUrl } from '../cite/cite-dialog.ts';
import { byId, h } from '../shared/dom.ts';

const percent = (x: number) => `${Math.round(x * 100)} %`;
const fixed = (x: number) => x.toFixed(2);

function scoreBar(result: MatchResult) {
  const fill = h('span');
  // Through the CSSOM, not a style attribute: the site's Content-Security-Policy (style-src 'self') blocks those.
  fill.style.width = `${Math.round(result.score * 100)}%`;
  return h(
    'div',
    { class: 'score' },
    h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
    h(
      'span',
      {},
      `Score ${fixed(result.score)}`,
      h(
        'span',
        { class: 'hint' },
        ` · similarity ${fixed(result.similarity)} · coverage ${percent(result.coverage)}${result.lexical !== undefined ? ` · words ${fixed(result.lexical)}` : ''}`,
      ),
    ),
  );
}

function points(title: string, list: MatchResult['shared'], className: string) {
  if (list.length === 0) return h('p', { class: `${className} none` }, `${title}: none.`);
  const shown = list.slice(0, 4);
  const rest = list.slice(4);
  const item = (p: MatchResult['shared'][number]) =>
    h('li', { title: [p.precedent.note, p.query.note].filter(Boolean).join(' — ') || undefined }, p.text);
  return h(
    'div',
    { class: className },
    h('h4', {}, title),
    h('ul', {}, shown.map(item)),
    rest.length > 0 ? h('details', {}, h('summary', {}, `${rest.length} more`), h('ul', {}, rest.map(item))) : null,
  );
}

/** Both robustness figures in words: other weights, and other plausible codings of doubtful values. */
function robustness(result: MatchResult) {
  const r = result.robustness;
  if (r.runs === 0) return null;
  const range = (x: { rankMin: number; rankMax: number }) =>
    x.rankMin === x.rankMax ? `always rank ${x.rankMin}` : `rank ${x.rankMin}–${x.rankMax}`;
  return h(
    'div',
    { class: 'robustness' },
    h(
      'p',
      {},
      h('strong', {}, 'Other weights: '),
      `stays in the top ${r.k} in ${percent(r.topK)} of ${r.runs} random reweightings; ${range(r)}.`,
    ),
    h(
      'p',
      {},
      h('strong', {}, 'Doubtful coding: '),
      `stays in the top ${r.coding.k} in ${percent(r.coding.topK)} of ${r.coding.runs} plausible re-codings of the values coded with low or medium confidence; ${range(r.coding)}.`,
    ),
  );
}

/** The other members of the lineage family this result heads, each with its own score. */
function family(result: MatchResult) {
  const f = result.family;
  if (f.members.length === 0) return null;
  return h(
    'details',
    { class: 'family' },
    h(
      'summary',
      {},
      `Family: ${f.name} — ${f.members.length} more ${f.members.length === 1 ? 'record' : 'records'} of the same lineage`,
    ),
    h(
      'ul',
      {},
      f.members.map((m) =>
        h(
          'li',
          {},
          h('a', { href: `/cases/${m.id}` }, m.name),
          m.year !== undefined ? ` (${m.year})` : '',
          ` — ${m.relation}; score ${fixed(m.score)}`,
        ),
      ),
    ),
  );
}

function trajectory(result: MatchResult) {
  const { predecessors, successors } = result.trajectory;
  if (predecessors.length === 0 && successors.length === 0) return null;
  const step = (s: MatchResult['trajectory']['predecessors'][number]) =>
    h(
      'li',
      {},
      h('a', { href: `/cases/${s.id}` }, s.name),
      s.year !== undefined ? ` (${s.year})` : '',
      h('span', { class: 'hint' }, ` ${s.relation}`),
    );
  return h(
    'div',
    { class: 'trajectory' },
    h('h4', {}, 'Trajectory'),
    h(
      'ol',
      { class: 'path' },
      predecessors.map(step),
      h(
        'li',
        { class: 'here', 'aria-current': 'true' },
        result.name,
        result.year !== undefined ? ` (${result.year})` : '',
      ),
      successors.map(step),
    ),
  );
}

function contributions(result: MatchResult, codebook: Codebook) {
  const label = new Map(codebook.features.map((f) => [f.id, f.label]));
  return h(
    'details',
    { class: 'contributions' },
    h('summary', {}, 'How the score is made'),
    h(
      'table',
      {},
      h('caption', {}, 'Per feature: local similarity, weight, and share of the weighted mean'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Feature'),
          h('th', { scope: 'col' }, 'Similarity'),
          h('th', { scope: 'col' }, 'Weight'),
          h('th', { scope: 'col' }, 'Contribution'),
        ),
      ),
      h(
        'tbody',
        {},
        result.contributions.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, label.get(c.feature) ?? c.feature),
            h('td', {}, c.similarity === null ? '—' : fixed(c.similarity)),
            h('td', {}, String(c.weight)),
            h('td', {}, fixed(c.contribution)),
          ),
        ),
      ),
    ),
  );
}

export function renderResults(
  results: MatchResponse['results'],
  codebook: Codebook,
  onSideBySide: (id: string) => void,
  target = 'results',
): void {
  byId(target).replaceChildren(
    h(
      'ol',
      // The contemporary lane gets its own class, so nothing that reads the precedents counts it among them.
      { class: target === 'results' ? 'results' : 'lane-results' },
      results.map((result) =>
        h(
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
            h('a', { href: `/cases/${result.id}` }, result.name),
            result.year !== undefined ? ` (${result.year})` : '',
          ),
          scoreBar(result),
          robustness(result),
          family(result),
          points('Shared features', result.shared, 'shared'),
          points('Disanalogies', result.disanalogies, 'disanalogies'),
          trajectory(result),
          contributions(result, codebook),
          h(
            'p',
            { class: 'result-actions' },
            h(
              'button',
              { type: 'button', onclick: () => onSideBySide(result.id) },
              'Side by side',
              h('span', { class: 'visually-hidden' }, ` with ${result.name}`),
            ),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'cite-record',
                onclick: () => void openCiteDialog({ url: recordCiteUrl(result.id), title: `Cite “${result.name}”` }),
              },
              'Cite',
              h('span', { class: 'visually-hidden' }, ` ${result.name}`),
            ),
          ),
        ),
      ),
    ),
  );
}
