/**
 * The workbench (`/compare`): ask which historical mechanisms are the closest precedents for a measure,
 * see and correct the features the question was read as, weigh them, and read the ranked results with
 * their reasons. All state lives in the address, so every view can be shared and reopened.
 */
import type { MatchResponse } from '../../../src/domain/match/match.ts';
import type { Codebook } from '../../../src/domain/schema.ts';
import { getJson, postJson } from '../shared/api.ts';
import { byId } from '../shared/dom.ts';
import { showDatasetVersion } from '../shared/footer.ts';
import { renderFeatureForm } from './feature-form.ts';
import { mountQuery } from './query-panel.ts';
import { renderResults } from './results-panel.ts';
import { renderSideBySide, type Comparison, type RecordChoice } from './side-by-side.ts';
import { emptyState, matchRequest, readState, writeState, type WorkbenchState } from './state.ts';
import { renderWeights } from './weights-panel.ts';
import './compare.css';

interface ListResponse {
  records: RecordChoice[];
}

async function main() {
  const [{ codebook, datasetVersion }, measures, mechanisms] = await Promise.all([
    getJson<{ codebook: Codebook; datasetVersion: string }>('/api/v1/codebook'),
    getJson<ListResponse>('/api/v1/cases?kind=measure&limit=500'),
    getJson<ListResponse>('/api/v1/cases?kind=mechanism&limit=500'),
  ]);
  showDatasetVersion(datasetVersion);
  const records = [...measures.records, ...mechanisms.records].map(({ id, name, kind }) => ({ id, name, kind }));
  const nameOf = (id: string) => records.find((r) => r.id === id)?.name ?? id;
  const status = byId('status');
  let state = readState(location.search, codebook);
  let last: MatchResponse | undefined;
  let comparison: Comparison | undefined;
  let comparisonError: string | undefined;
  let sequence = 0;

  const query = mountQuery(records, {
    onQuery: (q) => change({ ...emptyState(), ...q, preset: state.preset, limit: state.limit }, true),
  });

  /** A new question is a new history entry; adjusting weights or features replaces the current one. */
  function change(next: WorkbenchState, push = false) {
    state = next;
    const url = `${location.pathname}${writeState(state, codebook)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const changeSoon = (next: WorkbenchState) => {
    state = next;
    clearTimeout(timer);
    timer = setTimeout(() => change(state), 200);
  };

  function localWeights(): Record<string, number> {
    const preset = codebook.presets.find((p) => p.id === state.preset);
    return Object.fromEntries(codebook.features.map((f) => [f.id, state.weights[f.id] ?? (preset ? (preset.weights[f.id] ?? 0) : f.weight)]));
  }

  function renderControls() {
    renderWeights({
      codebook,
      preset: state.preset,
      effective: last?.query.weights ?? localWeights(),
      overrides: state.weights,
      onPreset: (preset) => change({ ...state, preset, weights: {} }),
      onWeight: (id, weight) => changeSoon({ ...state, weights: { ...state.weights, [id]: weight } }),
      onReset: () => change({ ...state, weights: {} }),
    });
    renderFeatureForm({
      codebook,
      query: last?.query ?? { seed: 1, runs: 0, textWeight: 0, weights: {}, features: {}, suggestions: [] },
      overrides: state.features,
      onChange: (id, value) => {
        const features = { ...state.features };
        if (value === undefined) delete features[id];
        else features[id] = value;
        changeSoon({ ...state, features });
      },
    });
    renderSideBySide({ records, a: state.a, b: state.b, comparison, error: comparisonError, onChoose: (a, b) => change({ ...state, a, b }) });
  }

  async function run() {
    const ticket = ++sequence;
    query.show(state);
    const request = matchRequest(state);
    const results = byId('results');
    if (!request) {
      last = undefined;
      results.replaceChildren();
      status.textContent = 'Choose a measure or describe one to see its closest precedents.';
    } else {
      results.setAttribute('aria-busy', 'true');
      status.textContent = 'Ranking precedents…';
    }
    const [match, pair] = await Promise.allSettled([
      request ? postJson<MatchResponse>('/api/v1/match', request) : Promise.resolve(undefined),
      state.a && state.b ? getJson<Comparison>(`/api/v1/compare?${new URLSearchParams({ a: state.a, b: state.b, ...(state.preset ? { preset: state.preset } : {}) })}`) : Promise.resolve(undefined),
    ]);
    if (ticket !== sequence) return; // A newer question has been asked meanwhile.
    results.removeAttribute('aria-busy');
    comparison = pair.status === 'fulfilled' ? pair.value : undefined;
    comparisonError = pair.status === 'rejected' ? `The comparison failed: ${(pair.reason as Error).message}` : undefined;
    if (match.status === 'rejected') {
      last = undefined;
      results.replaceChildren();
      status.textContent = `The ranking failed: ${(match.reason as Error).message}`;
    } else if (match.value) {
      last = match.value;
      const what = state.measure !== undefined ? `“${nameOf(state.measure)}”` : state.text !== undefined ? `“${state.text}”` : 'your features';
      const preset = codebook.presets.find((p) => p.id === state.preset)?.label ?? 'codebook weights';
      status.textContent = `${last.results.length} closest precedents for ${what}, with ${preset}${Object.keys(state.weights).length > 0 ? ' (adjusted)' : ''}. Dataset ${last.datasetVersion}.`;
      renderResults(last, codebook, (id) => {
        const a = state.measure ?? last?.results.find((r) => r.id !== id)?.id;
        change({ ...state, ...(a ? { a } : {}), b: id });
        byId('side-by-side').scrollIntoView({ block: 'start' });
        byId('side-by-side-title').focus();
      });
    }
    renderControls();
  }

  window.addEventListener('popstate', () => {
    state = readState(location.search, codebook);
    void run();
  });
  await run();
}

main().catch((error: unknown) => {
  byId('status').textContent = `The workbench could not start: ${(error as Error).message}`;
  console.error(error);
});
