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

const groupLabels: Record<Feature['group'], string> = {
  purpose: 'Purpose',
  participation: 'Participation',
  form: 'Form',
  transparency: 'Transparency',
  technology: 'Traits of the governed technology',
};

type Origin = MatchResponse['query']['features'][string];

function originText(origin: Origin | undefined): string {
  if (!origin) return 'Not coded.';
  switch (origin.from) {
    case 'measure':
      return 'From the measure’s coding.';
    case 'technology':
      return origin.matched
        ? `From the technology profile, suggested by “${origin.matched.join('”, “')}”.`
        : 'From the technology profile of the measure.';
    case 'text':
      return `Suggested by “${(origin.matched ?? []).join('”, “')}”.`;
    case 'request':
      return 'Your value.';
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
    h(
      'p',
      { class: 'hint' },
      'Values from the measure or suggested by your words can be changed but not removed; to drop a suggestion, change the words.',
    ),
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
          `${groupLabels[group]} `,
          h('span', { class: 'count' }, `(${coded} of ${features.length} coded)`),
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
                      'undo',
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
