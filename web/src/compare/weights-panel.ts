/**
 * Weights: a preset (the codebook's named weight profiles) and one slider per feature. A slider moved
 * away from the preset becomes an override in the address; "Reset" returns to the preset.
 */
import type { Codebook } from '@domain/schema.ts';
import { byId, h } from '../shared/dom.ts';
import { descriptionOf, labelOf, t } from './page-words.ts';

/** The words of this panel, from the message catalogue; presets and features are named by the codebook. */
const text = {
  codebookWeights: t('wb.weights.codebook'),
  codebookDescription: t('wb.weights.codebookDescription'),
  preset: t('wb.weights.preset'),
  eachFeature: t('wb.weights.eachFeature'),
  changed: t('wb.weights.changed'),
  reset: t('wb.weights.reset'),
};

export interface WeightsProps {
  codebook: Codebook;
  preset?: string;
  /** The weights the engine used (preset plus overrides), from the last response. */
  effective: Record<string, number>;
  overrides: Record<string, number>;
  onPreset(preset: string | undefined): void;
  onWeight(featureId: string, weight: number): void;
  onReset(): void;
}

export function renderWeights(props: WeightsProps): void {
  const { codebook } = props;
  const container = byId('weights');
  const active =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
      ? document.activeElement.id
      : undefined;
  const preset = h(
    'select',
    { id: 'preset', 'aria-describedby': 'preset-description' },
    h('option', { value: '' }, text.codebookWeights),
    codebook.presets.map((p) => h('option', { value: p.id }, labelOf(p))),
  );
  preset.value = props.preset ?? '';
  preset.addEventListener('change', () => props.onPreset(preset.value || undefined));
  const chosen = codebook.presets.find((p) => p.id === props.preset);
  const description = (chosen && descriptionOf(chosen)) ?? text.codebookDescription;
  const sliders = codebook.features.map((feature) => {
    const value = props.effective[feature.id] ?? feature.weight;
    const id = `weight-${feature.id}`;
    const output = h('output', { for: id, id: `${id}-value` }, String(value));
    const slider = h('input', { type: 'range', id, min: 0, max: Math.max(5, value), step: 0.25, value: String(value) });
    slider.addEventListener('input', () => (output.value = slider.value));
    slider.addEventListener('change', () => props.onWeight(feature.id, Number(slider.value)));
    const changed = props.overrides[feature.id] !== undefined;
    return h(
      'li',
      { class: changed ? 'changed' : undefined },
      // The figure sits beside the label, not inside it: an <output> within a label must be what it labels.
      h(
        'div',
        { class: 'weight-head' },
        h('label', { for: id, title: descriptionOf(feature) }, labelOf(feature)),
        ' ',
        output,
        changed ? h('span', { class: 'hint' }, text.changed) : null,
      ),
      slider,
    );
  });
  container.replaceChildren(
    h('label', { for: 'preset' }, text.preset),
    preset,
    h('p', { class: 'hint', id: 'preset-description' }, description),
    h('details', {}, h('summary', {}, text.eachFeature), h('ul', { class: 'plain sliders' }, sliders)),
    Object.keys(props.overrides).length > 0
      ? h('p', {}, h('button', { type: 'button', onclick: props.onReset }, text.reset))
      : h('span'),
  );
  const details = container.querySelector('details')!;
  details.open = Object.keys(props.overrides).length > 0 || (active?.startsWith('weight-') ?? false);
  if (active) document.getElementById(active)?.focus();
}
