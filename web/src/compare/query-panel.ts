/**
 * The question: one of the case-base's measures (or any mechanism), or a measure described in words.
 * The form is in compare.html so it is there before any script runs; this fills the list of measures
 * and reports a submitted question.
 */
import { byId, h } from '../shared/dom.ts';
import type { RecordChoice } from './side-by-side.ts';
import type { WorkbenchState } from './state.ts';
import { t } from './page-words.ts';

/** The words of this panel, from the message catalogue. */
const say = {
  chooseMeasure: t('wb.chooseMeasure'),
  measures: t('wb.measures'),
  mechanisms: t('wb.mechanisms'),
  describeFirst: t('wb.describeFirst'),
  chooseFirst: t('wb.chooseFirst'),
};

export interface QueryHandlers {
  onQuery(query: { measure?: string; text?: string }): void;
}

export function mountQuery(records: RecordChoice[], handlers: QueryHandlers): { show(state: WorkbenchState): void } {
  const form = byId<HTMLFormElement>('query-form');
  const measure = byId<HTMLSelectElement>('measure');
  const text = byId<HTMLTextAreaElement>('text');
  const modeMeasure = byId<HTMLInputElement>('mode-measure');
  const modeText = byId<HTMLInputElement>('mode-text');
  const group = (kind: string, label: string) =>
    h(
      'optgroup',
      { label },
      records.filter((r) => r.kind === kind).map((r) => h('option', { value: r.id }, r.name)),
    );
  measure.replaceChildren(
    h('option', { value: '' }, say.chooseMeasure),
    group('measure', say.measures),
    group('mechanism', say.mechanisms),
  );

  const syncMode = () => {
    byId('measure-field').classList.toggle('inactive', !modeMeasure.checked);
    byId('text-field').classList.toggle('inactive', !modeText.checked);
  };
  modeMeasure.addEventListener('change', syncMode);
  modeText.addEventListener('change', syncMode);
  // Choosing a measure or typing says which mode is meant, without a trip to the radio buttons.
  measure.addEventListener('change', () => ((modeMeasure.checked = true), syncMode()));
  text.addEventListener('input', () => ((modeText.checked = true), syncMode()));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const words = text.value.trim();
    if (modeText.checked && words) handlers.onQuery({ text: words });
    else if (modeMeasure.checked && measure.value) handlers.onQuery({ measure: measure.value });
    else byId('status').textContent = modeText.checked ? say.describeFirst : say.chooseFirst;
  });

  return {
    show(state) {
      measure.value = state.measure ?? '';
      text.value = state.text ?? '';
      if (state.text !== undefined && state.measure === undefined) modeText.checked = true;
      else modeMeasure.checked = true;
      syncMode();
    },
  };
}
