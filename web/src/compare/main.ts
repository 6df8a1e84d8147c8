/**
 * The workbench (`/compare`): ask which historical mechanisms are the closest precedents for a measure,
 * see and correct the features the question was read as, weigh them, and read the ranked results with
 * their reasons and, beside them, the published verdicts. All state lives in the address, so every view
 * can be shared and reopened.
 *
 * The address is either the workbench's own (`?measure=…&preset=…`) or a permalink (`?m=…&s=1&v=…&e=…`).
 * A permalink is opened through the API's resolver, which says whether the ranking is still the pinned
 * one; changing anything afterwards turns the page back into the workbench's own address.
 */
import { matchBounds, type Comparison, type Ranking } from '@domain/match/contract.ts';
import type { Codebook } from '@domain/schema.ts';
import {
  parsePermalink,
  resolvePermalink,
  type Permalink,
  type PermalinkQuery,
  type PermalinkStatus,
} from './permalink-client.ts';
import { getJson, postJson } from '../shared/api.ts';
import { byId, h } from '../shared/dom.ts';
import { showDatasetVersion } from '../shared/footer.ts';
import { renderFeatureForm } from './feature-form.ts';
import { renderPermalinkStatus, renderResultTools } from './permalink-panel.ts';
import { mountQuery } from './query-panel.ts';
import { renderResults } from './results-panel.ts';
import { renderSideBySide, type RecordChoice } from './side-by-side.ts';
import { mountScope } from './scope-panel.ts';
import {
  emptyState,
  isPermalinkSearch,
  matchParams,
  matchRequest,
  readState,
  stateFromPermalink,
  writeState,
  type WorkbenchState,
} from './state.ts';
import { mountWhyNot } from './why-not-panel.ts';
import { renderExport } from './export-panel.ts';
import { renderVerdicts } from './verdicts-panel.ts';
import { renderWeights } from './weights-panel.ts';
import { inPageLang, labelOf, learnNames, pageLang, recordName, t, type NamedRecord } from './page-words.ts';
import './compare.css';

/** The page's address when it is a permalink: what it pins, or why it cannot be read. */
type Opened =
  { ok: true; permalink: Permalink; status?: PermalinkStatus; problems?: string[] } | { ok: false; problems: string[] };

interface ListResponse {
  records: (RecordChoice & NamedRecord)[];
}

/** The words of the page, from the message catalogue (src/domain/i18n/workbench-*.ts). */
const text = {
  title: t('wb.pageTitle'),
  titleFor: (what: string) => t('wb.pageTitleFor', { what }),
  titleNotUnderstood: (what: string) => t('wb.pageTitleNotUnderstood', { what }),
  quoted: (words: string) => t('wb.quoted', { words: words.length > 60 ? `${words.slice(0, 59)}…` : words }),
  yourFeatures: t('wb.yourFeatures'),
  unreadablePermalink: t('wb.unreadablePermalink'),
  start: t('wb.start'),
  opening: t('wb.opening'),
  ranking: t('wb.ranking'),
  noLongerComputes: t('wb.noLongerComputes'),
  comparisonFailed: (message: string) => t('wb.comparisonFailed', { message }),
  rankingFailed: (message: string) => t('wb.rankingFailed', { message }),
  notUnderstood: t('wb.notUnderstood'),
  codebookWeights: t('wb.codebookWeightsLower'),
  summary: (
    n: number,
    grouped: boolean,
    what: string,
    preset: string,
    adjusted: boolean,
    permalink: boolean,
    dataset: string,
  ) =>
    t('wb.summary', {
      n,
      grouped: grouped ? t('wb.summaryGrouped') : '',
      what,
      preset,
      adjusted: adjusted ? t('wb.summaryAdjusted') : '',
      permalink: permalink ? t('wb.summaryPermalink') : '',
      dataset,
    }),
  showMore: (n: number) => t('wb.showMore', { n }),
  question: t('wb.questionPanel'),
  questionAsked: (what: string) => t('wb.questionAsked', { what }),
};

/** How many more precedents "Show more" asks for. */
const moreStep = 10;
/** Below this width the question folds away once asked, so the answer comes first. */
const narrow = '(max-width: 60rem)';

async function main() {
  const [{ codebook, datasetVersion }, measures, mechanisms, technologies] = await Promise.all([
    getJson<{ codebook: Codebook; datasetVersion: string }>('/api/v1/codebook'),
    getJson<ListResponse>('/api/v1/cases?kind=measure&limit=500'),
    getJson<ListResponse>('/api/v1/cases?kind=mechanism&limit=500'),
    // A value inherited from a technology profile names the profile: by its id in English, as before; by its
    // Chinese name on /zh/compare, where an id in Latin letters would be the only foreign word of the line.
    pageLang() === 'zh'
      ? getJson<ListResponse>('/api/v1/cases?kind=technology&limit=500')
      : Promise.resolve<ListResponse>({ records: [] }),
  ]);
  learnNames([...measures.records, ...mechanisms.records, ...technologies.records]);
  showDatasetVersion(datasetVersion);
  // Named in the page's language: the Chinese names where the records have them, on /zh/compare.
  const records = [...measures.records, ...mechanisms.records].map((r) => ({
    id: r.id,
    name: recordName(r),
    kind: r.kind,
  }));
  const nameOf = (id: string) => records.find((r) => r.id === id)?.name ?? id;
  const shortNames = new Map(
    [...measures.records, ...mechanisms.records].map((r) => [r.id, recordName(r, true)] as const),
  );
  /** The short name the map uses for a record; the formal title stays on the record page. */
  const shortName = (id: string, fallback = id) => shortNames.get(id) ?? fallback;
  const questionPanel = byId<HTMLDetailsElement>('question-panel');
  const questionSummary = byId('question-summary');
  /** Set when a question is asked, so that on a phone the question folds away once its answer is shown. */
  let foldQuestion = true;
  /** The rank whose result takes the focus after "Show more". */
  let focusRank: number | undefined;
  const status = byId('status');
  let opened: Opened | undefined;
  let state = emptyState();
  /** Reads the address: the workbench's own, or a permalink. */
  function readLocation() {
    if (isPermalinkSearch(location.search)) {
      const parsed = parsePermalink(location.search);
      opened = parsed.ok
        ? { ok: true, permalink: parsed.permalink }
        : { ok: false, problems: parsed.problems.map((p) => `${p.param}: ${p.message}`) };
      state = parsed.ok ? stateFromPermalink(parsed.permalink, codebook) : emptyState();
    } else {
      opened = undefined;
      state = readState(location.search, codebook);
    }
  }
  readLocation();
  let last: Ranking | undefined;
  /** The query `last` answers, as sent: what its permalink pins. */
  let lastQuery: PermalinkQuery | undefined;
  let comparison: Comparison | undefined;
  let comparisonError: string | undefined;
  let sequence = 0;

  const query = mountQuery(records, {
    onQuery: (q) => {
      foldQuestion = true;
      change(
        {
          ...emptyState(),
          ...q,
          preset: state.preset,
          limit: state.limit,
          group: state.group,
          era: state.era,
          from: state.from,
          to: state.to,
        },
        true,
      );
    },
  });
  const scope = mountScope(codebook, (s) => {
    const { group: _g, era: _e, from: _f, to: _t, ...rest } = state;
    change({ ...rest, ...s });
  });
  // The why-not box asks about the question of the ranking shown, exactly as it was sent.
  const whyNot = mountWhyNot(records, codebook, () => (lastQuery && last ? matchParams(lastQuery) : undefined));

  /** A new question is a new history entry; adjusting weights or features replaces the current one. */
  function change(next: WorkbenchState, push = false) {
    state = next;
    opened = undefined; // The view is no longer the permalink's: the address becomes the workbench's own.
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
    return Object.fromEntries(
      codebook.features.map((f) => [f.id, state.weights[f.id] ?? (preset ? (preset.weights[f.id] ?? 0) : f.weight)]),
    );
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
      query: last?.query ?? { features: {} },
      overrides: state.features,
      onChange: (id, value) => {
        const features = { ...state.features };
        if (value === undefined) delete features[id];
        else features[id] = value;
        changeSoon({ ...state, features });
      },
    });
    renderSideBySide({
      records,
      a: state.a,
      b: state.b,
      comparison,
      error: comparisonError,
      onChoose: (a, b) => change({ ...state, a, b }),
    });
  }

  /**
   * The ranking for the address: a permalink through the resolver (its own query, untouched, and its
   * status), anything else through the engine.
   */
  async function rank(request: PermalinkQuery | undefined): Promise<{ ranking?: Ranking; query?: PermalinkQuery }> {
    if (opened?.ok) {
      const here = opened;
      const resolved = await resolvePermalink<Ranking>(location.search);
      here.status = resolved.status;
      here.problems = resolved.problems?.map((p) => `${p.pointer.replace(/^#\//, '')}: ${p.detail}`);
      if (!resolved.result) throw new Error(text.noLongerComputes);
      return { ranking: resolved.result, query: here.permalink.query };
    }
    return request ? { ranking: await postJson<Ranking>(inPageLang('/api/v1/match'), request), query: request } : {};
  }

  function clearRanking() {
    last = undefined;
    lastQuery = undefined;
    byId('results').replaceChildren();
    byId('contemporary-results').replaceChildren();
    byId('contemporary').hidden = true;
    byId('notice').hidden = true;
    whyNot.clear();
    renderResultTools(undefined);
    renderExport(undefined);
    byId('show-more').replaceChildren();
    questionSummary.textContent = text.question;
    document.title = text.title;
    renderVerdicts(undefined, nameOf);
  }

  /** What the question is, in a few words: the measure's short name, the quoted words, or "your features". */
  /** What the ranking answers: the measure or the words asked about, and whether features were changed. */
  function what(): string {
    const asked =
      state.measure !== undefined
        ? t('wb.quoted', { words: shortName(state.measure) })
        : state.text !== undefined
          ? text.quoted(state.text)
          : undefined;
    if (asked === undefined) return text.yourFeatures;
    return Object.keys(state.features).length > 0 ? t('wb.featuresChanged', { what: asked }) : asked;
  }

  async function run() {
    const ticket = ++sequence;
    query.show(state);
    scope.show(state);
    const request = matchRequest(state);
    const results = byId('results');
    renderPermalinkStatus(undefined);
    if (opened && !opened.ok) {
      clearRanking();
      renderPermalinkStatus({ problems: opened.problems });
      status.textContent = text.unreadablePermalink;
    } else if (!request && !opened) {
      clearRanking();
      status.textContent = text.start;
    } else {
      results.setAttribute('aria-busy', 'true');
      status.textContent = opened ? text.opening : text.ranking;
    }
    const [match, pair] = await Promise.allSettled([
      opened && !opened.ok ? Promise.resolve<Awaited<ReturnType<typeof rank>>>({}) : rank(request),
      state.a && state.b
        ? getJson<Comparison>(
            inPageLang(
              `/api/v1/compare?${new URLSearchParams({ a: state.a, b: state.b, ...(state.preset ? { preset: state.preset } : {}) })}`,
            ),
          )
        : Promise.resolve(undefined),
    ]);
    if (ticket !== sequence) return; // A newer question has been asked meanwhile.
    results.removeAttribute('aria-busy');
    comparison = pair.status === 'fulfilled' ? pair.value : undefined;
    comparisonError = pair.status === 'rejected' ? text.comparisonFailed((pair.reason as Error).message) : undefined;
    if (opened?.ok) renderPermalinkStatus(opened);
    if (match.status === 'rejected') {
      clearRanking();
      status.textContent = text.rankingFailed((match.reason as Error).message);
      document.title = text.title;
    } else if (match.value.ranking && match.value.ranking.query.understanding.level === 'none') {
      // Nothing in the words was understood: no ranking, so nothing to pin or cite either.
      clearRanking();
      status.textContent = match.value.ranking.notice ?? text.notUnderstood;
      document.title = text.titleNotUnderstood(what());
    } else if (match.value.ranking) {
      const ranking = match.value.ranking;
      last = ranking;
      lastQuery = match.value.query;
      const notice = byId('notice');
      notice.hidden = ranking.notice === undefined;
      notice.textContent = ranking.notice ?? '';
      byId('contemporary').hidden = ranking.contemporary.length === 0;
      const chosen = codebook.presets.find((p) => p.id === state.preset);
      const preset = chosen ? t('wb.presetNamed', { label: labelOf(chosen) }) : text.codebookWeights;
      status.textContent = text.summary(
        ranking.results.length,
        state.group !== 'none',
        what(),
        preset,
        Object.keys(state.weights).length > 0,
        opened !== undefined,
        ranking.datasetVersion,
      );
      document.title = text.titleFor(what());
      // Pinned to the versions and the language of the response shown, so the permalink names this very ranking.
      const lang = pageLang();
      renderResultTools(
        lastQuery
          ? {
              query: lastQuery,
              datasetVersion: ranking.datasetVersion,
              engineVersion: ranking.engineVersion,
              ...(lang !== 'en' ? { lang } : {}),
            }
          : undefined,
      );
      renderVerdicts(ranking.verdicts, (id) => shortName(id, nameOf(id)));
      const sideBySide = (id: string) => {
        const a = state.measure ?? last?.results.find((r) => r.id !== id)?.id;
        change({ ...state, ...(a ? { a } : {}), b: id });
        byId('side-by-side').scrollIntoView({ block: 'start' });
        byId('side-by-side-title').focus();
      };
      renderResults({ results: ranking.results, codebook, shortName, onSideBySide: sideBySide });
      renderResults({
        results: ranking.contemporary,
        codebook,
        shortName,
        onSideBySide: sideBySide,
        target: 'contemporary-results',
      });
      renderExport({ ranking, what: what() });
      renderShowMore(ranking);
      questionSummary.textContent = text.questionAsked(what());
      if (foldQuestion && matchMedia(narrow).matches) questionPanel.open = false;
      foldQuestion = false;
      if (focusRank !== undefined) {
        byId('results').querySelectorAll<HTMLAnchorElement>('ol.results > li h3 a')[focusRank - 1]?.focus();
        focusRank = undefined;
      }
    }
    renderControls();
  }

  /** "Show more": the next precedents, as far as the engine gives them; the first new one takes the focus. */
  function renderShowMore(ranking: Ranking) {
    const box = byId('show-more');
    const more = Math.min(moreStep, matchBounds.limit.max - state.limit);
    if (ranking.results.length < state.limit || more <= 0) {
      box.replaceChildren();
      return;
    }
    const button = h('button', { type: 'button', id: 'show-more-button' }, text.showMore(more));
    button.addEventListener('click', () => {
      focusRank = state.limit + 1;
      change({ ...state, limit: state.limit + more });
    });
    box.replaceChildren(button);
  }

  window.addEventListener('popstate', () => {
    readLocation();
    void run();
  });
  await run();
}

main().catch((error: unknown) => {
  byId('status').textContent = t('wb.cannotStart', { message: (error as Error).message });
  console.error(error);
});
