/**
 * One form control per feature type, chosen by the codebook (as the engine chooses one similarity per
 * type): a set is a group of checkboxes, a taxonomy an indented list, ordinal, categorical and boolean
 * features a list of their values. Every control is labelled with the feature's name and described by
 * where its value came from.
 */
import type { Feature, FeatureType } from '@domain/schema.ts';
import { h } from '../shared/dom.ts';
import type { FeatureValue } from './state.ts';
import { descriptionOf, labelOf, t } from './page-words.ts';

export interface WidgetProps {
  feature: Feature;
  value: FeatureValue | undefined;
  /** Id of the element saying where the value came from. */
  describedBy: string;
  /** Whether "no value" may be chosen (only when neither the measure nor the words give one). */
  allowEmpty: boolean;
  onChange(value: FeatureValue | undefined): void;
}

type Widget = (props: WidgetProps) => HTMLElement;

const controlId = (feature: Feature) => `feature-${feature.id}`;

function choice(
  props: WidgetProps,
  options: { id: string; label: string; description?: string }[],
  read: (raw: string) => FeatureValue,
): HTMLElement {
  const { feature, value, allowEmpty } = props;
  const current = value === undefined ? '' : String(value);
  const select = h(
    'select',
    { id: controlId(feature), 'aria-describedby': props.describedBy, name: feature.id },
    allowEmpty || current === '' ? h('option', { value: '' }, t('wb.features.notCoded')) : null,
    options.map((o) => h('option', { value: o.id, title: o.description }, o.label)),
  );
  select.value = current;
  select.addEventListener('change', () => props.onChange(select.value === '' ? undefined : read(select.value)));
  return h(
    'div',
    { class: 'field' },
    h('label', { for: controlId(feature), title: descriptionOf(feature) }, labelOf(feature)),
    select,
  );
}

const single: Widget = (props) =>
  choice(
    props,
    props.feature.values.map((v) => ({ id: v.id, label: labelOf(v), description: descriptionOf(v) })),
    (raw) => raw,
  );

/** Values of a scale are listed low to high, as the codebook orders them. */
const ordinal: Widget = (props) =>
  choice(
    props,
    props.feature.values.map((v, i) => ({
      id: v.id,
      label: `${i + 1}. ${labelOf(v)}`,
      description: descriptionOf(v),
    })),
    (raw) => raw,
  );

const taxonomy: Widget = (props) => {
  const parents = new Map(props.feature.values.map((v) => [v.id, v.parent]));
  const depth = (id: string) => {
    let d = 0;
    for (let at = parents.get(id); at !== undefined && d < parents.size; at = parents.get(at)) d++;
    return d;
  };
  return choice(
    props,
    props.feature.values.map((v) => ({
      id: v.id,
      label: `${'\u2003'.repeat(depth(v.id))}${labelOf(v)}`,
      description: descriptionOf(v),
    })),
    (raw) => raw,
  );
};

const boolean: Widget = (props) =>
  choice(
    props,
    props.feature.values.map((v) => ({ id: v.id, label: labelOf(v), description: descriptionOf(v) })),
    (raw) => raw === 'true',
  );

const set: Widget = (props) => {
  const { feature } = props;
  const chosen = new Set(Array.isArray(props.value) ? props.value : []);
  const boxes = feature.values.map((v) => {
    const box = h('input', { type: 'checkbox', name: feature.id, value: v.id });
    box.checked = chosen.has(v.id);
    return { value: v, box };
  });
  const read = () => {
    const values = boxes.filter((b) => b.box.checked).map((b) => b.value.id);
    // An empty set is not a value the engine accepts; unticking everything returns to the suggestion.
    props.onChange(values.length > 0 ? values : undefined);
  };
  for (const { box } of boxes) box.addEventListener('change', read);
  const item = ({ value, box }: (typeof boxes)[number]) =>
    h('li', {}, h('label', { title: descriptionOf(value) }, box, ` ${labelOf(value)}`));
  const groups =
    feature.families.length > 0
      ? feature.families.map((family) =>
          h(
            'li',
            { class: 'family' },
            h('span', { class: 'family-label' }, labelOf(family)),
            h('ul', { class: 'plain' }, boxes.filter((b) => b.value.family === family.id).map(item)),
          ),
        )
      : boxes.map(item);
  return h(
    'fieldset',
    { class: 'field set', id: controlId(feature), 'aria-describedby': props.describedBy },
    h('legend', { title: descriptionOf(feature) }, labelOf(feature)),
    h('ul', { class: 'plain' }, groups),
  );
};

export const widgets: Record<FeatureType, Widget> = { set, ordinal, categorical: single, taxonomy, boolean };
