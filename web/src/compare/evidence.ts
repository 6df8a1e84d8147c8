/**
 * Shared features and disanalogies as lines a reader can check: each sentence with the confidence of the
 * coding it rests on, and a toggle (a <details>, so a tap or Enter opens it) with both values, their
 * coding notes and their sources. Used by the ranked results and by the side-by-side view.
 */
import type { Point, ValueEvidence } from '@domain/match/contract.ts';
import { h } from '../shared/dom.ts';

/** The workbench's words here, in one place for the message catalogue. */
export const evidenceText = {
  none: (title: string) => `${title}: none.`,
  more: (n: number) => `${n} more`,
  confidence: (level: string) => `${level} confidence`,
  toggle: 'Notes and sources',
  question: 'The question',
  coded: (label: string, confidence: string) => `${label} — coded with ${confidence} confidence`,
  inherited: (from: string) => `Inherited from ${from}.`,
  noSources: 'No source is given for this value.',
  sources: 'Sources:',
};

const order = { low: 0, medium: 1, high: 2 } as const;

/** A line is only as sure as the less sure of its two values. */
const weaker = (p: Point) => (order[p.query.confidence] < order[p.precedent.confidence] ? p.query : p.precedent);

function side(title: string, v: ValueEvidence) {
  return h(
    'div',
    { class: 'side' },
    h('p', {}, h('strong', {}, `${title}: `), evidenceText.coded(v.label, v.confidence)),
    v.note ? h('p', { class: 'note' }, v.note) : null,
    v.inheritedFrom ? h('p', { class: 'hint' }, evidenceText.inherited(v.inheritedFrom)) : null,
    v.sources.length > 0
      ? h(
          'ul',
          { class: 'sources', 'aria-label': evidenceText.sources },
          v.sources.map((s) => h('li', {}, s.url ? h('a', { href: s.url }, s.title) : s.title)),
        )
      : h('p', { class: 'hint' }, evidenceText.noSources),
  );
}

/** Whose values the two sides of a point are: the question's and the precedent's, or records A and B. */
export interface Sides {
  query: string;
  precedent: string;
}

function line(p: Point, sides: Sides) {
  const level = weaker(p).confidence;
  return h(
    'li',
    {},
    h('span', { class: 'point-text' }, p.text),
    ' ',
    h('span', { class: `confidence confidence-${level}` }, evidenceText.confidence(level)),
    h(
      'details',
      { class: 'evidence' },
      h('summary', {}, evidenceText.toggle),
      side(sides.precedent, p.precedent),
      side(sides.query, p.query),
    ),
  );
}

/** A titled list of points, the first `shown` open to view and the rest behind "n more". */
export function evidenceList(
  title: string,
  className: string,
  list: Point[],
  sides: Sides,
  heading: 'h3' | 'h4' = 'h4',
  shown = 4,
): HTMLElement {
  if (list.length === 0) return h('p', { class: `${className} none` }, evidenceText.none(title));
  const rest = list.slice(shown);
  const item = (p: Point) => line(p, sides);
  return h(
    'div',
    { class: `${className} points` },
    h(heading, {}, title),
    h('ul', {}, list.slice(0, shown).map(item)),
    rest.length > 0
      ? h('details', {}, h('summary', {}, evidenceText.more(rest.length)), h('ul', {}, rest.map(item)))
      : null,
  );
}
