/**
 * The query's features, as a form generated from the codebook: one control per feature (see
 * feature-widgets.ts), grouped as the codebook groups them, each saying where its value came from —
 * the measure, its technology profile, words of the description, or the reader.
 */
import type { MatchResponse } from '@domain/match/contract.ts';
import type { Codebook, Feature } from '@domain/schema.ts';
import { byId, h } from '../shared/dom.ts';
import { widgets } from './feature-widgets.ts';
import type { FeatureValue } from './state.ts';
import { t } from './page-words.ts';

const groupLabel = (group: Feature['group']) => t(`wb.group.${group}`);

type Origin = MatchResponse['query']['features'][string];

/** The words that suggested a value, each quoted: “hotline”, “incident”. */
const quotedWords = (words: string[]) => t('wb.origin.words', { words: words.join(t('wb.origin.wordsJoin')) });

function originText(origin: Origin | undefined): string {
  if (!origin) return t('wb.origin.none');
  switch (origin.from) {
    case 'measure':
      return t('wb.origin.measure');
    case 'technology':
      return origin.matched
        ? t('wb.origin.technologyMatched', { words: quotedWords(origin.matched) })
        : t('wb.origin.technology');
    case 'text':
      return t('wb.origin.text', { words: quotedWords(origin.matched ?? []) });
    case 'request':
      return t('wb.origin.request');
  }
}

export interface FeatureFormProps {
  codebook: Codebook;
  query: Pick<MatchResponse['query'], 'features'>;
  overrides: Record<string, FeatureValue>;
  onChange(featureId: string, value: FeatureValue | undefined): void;
}

/** The element that had focus, described so the same control can take it back after a redraw. */
function focusKey(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !byId('features').contains(active)) return undefined;
  return active instanceof HTMLInputElement && active.type === 'checkbox'
    ? `input[name="${active.name}"][value="${active.value}"]`
    : active.id
      ? `#${active.id}`
      : undefined;
}

export function renderFeatureForm(props: FeatureFormProps): void {
  const { codebook, query, overrides } = props;
  const container = byId('features');
  const refocus = focusKey();
  const openGroups = new Set([...container.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-group')));
  const firstRender = container.querySelector('details') === null;
  const groups = [...new Set(codebook.features.map((f) => f.group))];
  container.replaceChildren(
    h('p', { class: 'hint' }, t('wb.features.hint')),
    ...groups.map((group) => {
      const features = codebook.features.filter((f) => f.group === group);
      const coded = features.filter((f) => query.features[f.id] !== undefined).length;
      const suggested = features.some((f) => query.features[f.id]?.from === 'text');
      const details = h(
        'details',
        { 'data-group': group },
        h(
          'summary',
          {},
          `${groupLabel(group)} `,
          h('span', { class: 'count' }, t('wb.features.count', { coded, total: features.length })),
        ),
        features.map((feature) => {
          const origin = query.features[feature.id];
          const overridden = overrides[feature.id] !== undefined;
          const originId = `origin-${feature.id}`;
          const control = widgets[feature.type]({
            feature,
            value: overrides[feature.id] ?? origin?.value,
            describedBy: originId,
            allowEmpty: origin === undefined || (origin.from === 'request' && overridden),
            onChange: (value) => props.onChange(feature.id, value),
          });
          return h(
            'div',
            { class: `feature from-${origin?.from ?? 'none'}` },
            control,
            h(
              'p',
              { class: 'origin', id: originId },
              originText(origin),
              overridden
                ? [
                    ' ',
                    h(
                      'button',
                      { type: 'button', class: 'link', onclick: () => props.onChange(feature.id, undefined) },
                      t('wb.features.undo'),
                    ),
                  ]
                : null,
            ),
          );
        }),
      );
      details.open = firstRender ? group === 'purpose' || suggested : openGroups.has(group);
      return details;
    }),
  );
  if (refocus) container.querySelector<HTMLElement>(refocus)?.focus();
}
