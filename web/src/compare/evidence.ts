/**
 * Shared features and disanalogies as lines a reader can check: each sentence with the confidence of the
 * coding it rests on, and a toggle (a <details>, so a tap or Enter opens it) with both values, their
 * coding notes and their sources. Used by the ranked results and by the side-by-side view.
 */
import type { Point, ValueEvidence } from '@domain/match/contract.ts';
import { h } from '../shared/dom.ts';
import { englishData, knownName, t } from './page-words.ts';

type Confidence = ValueEvidence['confidence'];
const level = (confidence: Confidence) => t(`wb.confidence.${confidence}`);

/** The workbench's words here, from the message catalogue. */
export const evidenceText = {
  none: (title: string) => t('wb.evidence.none', { title }),
  more: (n: number) => t('wb.evidence.more', { n }),
  confidence: (confidence: Confidence) => t('wb.evidence.confidence', { level: level(confidence) }),
  toggle: t('wb.evidence.toggle'),
  question: t('wb.queryTitle'),
  coded: (label: string, confidence: Confidence) => t('wb.evidence.coded', { label, confidence: level(confidence) }),
  inherited: (from: string) => t('wb.evidence.inherited', { from }),
  noSources: t('wb.evidence.noSources'),
  sources: t('wb.evidence.sources'),
};

const order = { low: 0, medium: 1, high: 2 } as const;

/** A line is only as sure as the less sure of its two values. */
const weaker = (p: Point) => (order[p.query.confidence] < order[p.precedent.confidence] ? p.query : p.precedent);

function side(title: string, v: ValueEvidence) {
  return h(
    'div',
    { class: 'side' },
    h('p', {}, h('strong', {}, t('wb.evidence.side', { title })), evidenceText.coded(v.label, v.confidence)),
    v.note ? h('p', { class: 'note', lang: englishData() }, v.note) : null,
    v.inheritedFrom ? h('p', { class: 'hint' }, evidenceText.inherited(knownName(v.inheritedFrom))) : null,
    v.sources.length > 0
      ? h(
          'ul',
          { class: 'sources', 'aria-label': evidenceText.sources, lang: englishData() },
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
  const weakest = weaker(p).confidence;
  return h(
    'li',
    {},
    h('span', { class: 'point-text' }, p.text),
    ' ',
    h('span', { class: `confidence confidence-${weakest}` }, evidenceText.confidence(weakest)),
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
