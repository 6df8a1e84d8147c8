/**
 * `/about`: how the engine scores, explains and stress-tests a comparison, the codebook it compares on
 * (features, values, weights, presets, straight from the compiled case-base), the dataset version and
 * how to cite it. The figures in the text are the engine's own constants, so the page cannot drift
 * from the code.
 */
import { html, raw } from 'hono/html';
import type { Lang } from '../../domain/i18n/lang.ts';
import { messages } from '../../domain/i18n/messages.ts';
import type { Codebook, CompiledCaseBase, Feature, FeatureType } from '../../domain/schema.ts';
import { coveragePenalty } from '../../domain/match/compare-codings.ts';
import { disanalogyBelow, sharedFrom } from '../../domain/match/explain.ts';
import { matchDefaults } from '../../domain/match/contract.ts';
import { perturbationSigma, recodingRates } from '../../domain/match/robustness.ts';
import { familyRelations } from '../../domain/match/families.ts';
import { contemporaryDomain, maxNeighbours } from '../../domain/match/compiled-index.ts';
import { understandingThresholds } from '../../domain/match/understanding.ts';
import { kindLabels } from './list-page.ts';
import type { CitationSet } from '../citations.ts';
import { citeAssets, howToCite } from './cite-block.ts';
import { layout } from './layout.ts';
import { problemTitles, problemTypes } from '../problem.ts';
import { nameOfRecord } from '../../domain/record-lookup.ts';

/** What each problem type means and what to do about it; the `type` of every problem document links here. */
const problemHelp: Record<keyof typeof problemTypes, string> = {
  400: 'The request could not be read at all, for instance a body that is not JSON. Send well-formed JSON.',
  404:
    'Nothing is served at this address: a mistyped path, or a record id that does not exist. ' +
    'The list has every record.',
  405: 'The address exists but not for this method; the Allow header names the methods it takes.',
  413: 'The request body is larger than the API accepts. A query and its weights fit easily; send less.',
  415: 'The body was not declared as JSON. Send it with Content-Type: application/json.',
  422: 'The request was read but does not match the API contract; `errors` lists each fault with a JSON pointer.',
  429: 'Too many requests from one address in a minute. Wait for the time the Retry-After header gives.',
  500: 'Something failed on our side. The error has been logged; trying again later may help.',
};

function problemsSection() {
  const statuses = Object.keys(problemTypes).map(Number) as (keyof typeof problemTypes)[];
  return html`<section id="problems" aria-labelledby="problems-title">
<h2 id="problems-title">Errors</h2>
<p>Every error from the API is an RFC 9457 problem document (<code>application/problem+json</code>);
its <code>type</code> links to one of these entries.</p>
<dl class="problems">${statuses.map(
    (status) => html`<dt id="problem-${problemTypes[status]}">${status} ${problemTitles[status]}
<code>${problemTypes[status]}</code></dt><dd>${problemHelp[status]}</dd>`,
  )}</dl>
</section>`;
}

/** How each feature type compares two values (src/domain/feature-types/). */
const localSimilarity: Record<FeatureType, string> = {
  ordinal:
    'Values lie on a scale, low to high: similarity is 1 − |i − j| / (n − 1), so neighbouring levels are close and ' +
    'the ends are far apart.',
  set:
    'A record usually has several values (a measure does several things): the overlap of the two sets, each value ' +
    'credited with its best partner on the other side. Without related values this is the Dice coefficient 2|A∩B| / ' +
    '(|A| + |B|); where the codebook lists related values, near-misses count in part.',
  categorical: 'Equal values score 1; related values score what the codebook’s similarity table says; other values 0.',
  taxonomy:
    'Values form a tree (domain: military › conventional forces › naval and air). Wu–Palmer similarity: 2 · ' +
    'depth(lowest common ancestor) / (depth(a) + depth(b)), so siblings deep in the tree are closer than values that ' +
    'meet only at the root.',
  boolean: 'Yes or no: 1 when equal, 0 otherwise.',
};

const groupLabels: Record<string, string> = {
  purpose: 'Purpose',
  participation: 'Participation',
  form: 'Form',
  transparency: 'Transparency',
  technology: 'Traits of the governed technology',
};

/** The out-of-scope models of cases/out-of-scope.yaml, each with why and links to its closest in-scope records. */
function outOfScopeTable(caseBase: CompiledCaseBase) {
  const models = caseBase.outOfScope ?? [];
  if (models.length === 0) return '';
  const nameOf = (id: string) => nameOfRecord(caseBase, id);
  return html`<table class="out-of-scope">
<caption>Models named in the literature that are out of scope, and the closest records in scope</caption>
<thead><tr><th scope="col">Model</th><th scope="col">Why it is out of scope</th><th scope="col">Closest in scope</th></tr></thead>
<tbody>${models.map(
    (m) => html`<tr id="out-of-scope-${m.id}"><th scope="row">${m.name}</th><td>${m.why}</td>
<td>${m.closest.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="/cases/${id}">${nameOf(id)}</a>`)}</td></tr>`,
  )}</tbody></table>`;
}

/** "Function: notification; Verification: cooperative measures" for a concept's values. */
function conceptValues(values: Record<string, string | string[]>, label: Map<string, string>): string {
  return Object.entries(values)
    .map(([feature, v]) => `${label.get(feature) ?? feature}: ${[v].flat().join(', ')}`)
    .join('; ');
}

/** `citation` is the dataset's citation in every format (src/api/citations.ts), rendered by citation-js. */
export function renderAboutPage(
  caseBase: CompiledCaseBase,
  engineVersion: string,
  origin: string,
  citation?: CitationSet,
  lang: Lang = 'en',
) {
  const m = messages(lang);
  const { codebook, datasetVersion } = caseBase;
  const { features } = codebook;
  const counts = new Map<string, number>();
  for (const r of caseBase.records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const label = new Map(codebook.features.map((f) => [f.id, f.label]));
  const groups = [...new Set(codebook.features.map((f) => f.group))];
  const textShare = Math.round(matchDefaults.textWeight * 100);

  // In Chinese: the opening in Chinese, then the rest as it is written, in English, and marked so.
  const opening =
    lang === 'zh'
      ? html`<h1>${m['about.h1']}</h1>
<p>${m['about.intro']}</p>
<p class="lang-note" role="note">${m['lang.pageEnglish']}</p>`
      : html`<h1>${m['about.h1']}</h1>`;
  const english = lang === 'zh' ? raw('<div lang="en">') : raw('');
  const body = html`${opening}${english}
<p>Precedents is a case-base of historical confidence-building mechanisms — hotlines, incident agreements, arms
control, expert exchanges — coded on one codebook together with proposed AI governance measures, and a comparison
engine that ranks the mechanisms against a measure, says why each fits, where the analogy breaks, and how far the
ranking survives other weights.</p>
<nav aria-label="On this page"><ul>
<li><a href="#method">Method</a></li>
<li><a href="#codebook">Codebook</a></li>
<li><a href="#concepts">Concepts</a></li>
<li><a href="#scope">Scope</a></li>
<li><a href="#dataset">Dataset</a></li>
<li><a href="#cite">How to cite</a></li>
<li><a href="#problems">Errors</a></li>
</ul></nav>

<section id="method" aria-labelledby="method-title">
<h2 id="method-title">Method</h2>
<h3>1. Local similarity, feature by feature</h3>
<p>Every feature has a type, and each type compares two values in its own way:</p>
<dl>${featureTypes.map((t) => html`<dt>${t}</dt><dd>${localSimilarity[t]}</dd>`)}</dl>
<h3>2. Score and coverage</h3>
<p>The <strong>similarity</strong> is the weighted mean of the local similarities over the features coded on both
sides. The <strong>coverage</strong> is the share of the query’s weight that could be compared: the weight of the
features coded on both sides divided by the weight of the features coded in the query. The <strong>score</strong> is
similarity × coverage<sup>${coveragePenalty}</sup>, so a precedent that matches three features perfectly does not
outrank one compared on twenty: half the coverage costs about 30 % of the score. A feature’s
<strong>contribution</strong> is its weight × local similarity over the compared weight, its share of the mean.</p>
<p>Weights come from the codebook, from a named <a href="#presets">preset</a>, or from the reader (in the workbench or
the API), which override the preset feature by feature.</p>
<h3>3. Free text</h3>
<p>A measure described in words is read against the codebook’s labels and synonyms: each phrase found suggests a feature value, and a named technology suggests its profile’s traits. The suggestions are shown with the words that suggested them, so the reader can check and correct them. Lexical relevance (BM25 over names, common names, summaries and key facts) is blended in with a stated weight: the final score is ${100 - textShare} % the feature score and ${textShare} % the lexical relevance, scaled so that the best lexical match scores 1.</p>
<p>Words are compared after stemming, so “inspectors” meets “inspector”. Beyond single synonyms, the
codebook’s <a href="#concepts">concepts</a> read paraphrase: each is a few patterns of words in order with up to two other
words between them (six where a pattern says so), or all of its words within a short window, and each names the
typology it comes from. “Agree to warn each other before testing” is read as notification, “a shared dictionary
so that diplomats mean the same thing by the same word” as shared terminology.</p>
<p><strong>Negation and contrast.</strong> A phrase up to three words after “not”, “no”, “never”,
“without”, “non-”, “outside”, “unlike”, “rather than”, “instead of” and the like, in the same clause and
with at most one other content word between, suggests nothing and is
listed as excluded — or, where the codebook names a contrary value, suggests that: “outside government” and “not
intergovernmental” read as track 2. “Not only” does not negate; “non-” negates its own word only.</p>
<p><strong>Specificity.</strong> A word weighs 1 / (1 + log<sub>2</sub> d), where d is the number of codebook
values and concepts whose phrases use it; a phrase’s specificity is the sum of its words’ weights over 1.5,
capped at 1. A lone generic word (“ai”, “international”) counts little, a rare or longer phrase more. For a
feature with one value the strongest evidence wins; a value read from a phrase of specificity 0.75 or more enters
the query with medium confidence, otherwise low. A phrase inside a longer one for the same feature gives way to it
(“ai labs” over “labs”).</p>
<p><strong>Named precedents.</strong> A query that names a precedent — by name, short name, a bracketed
acronym, a common name such as “INCSEA”, “the Hotline” or “Caribbean Crisis”, or its id — is told so; “an
IPCC for AI” asks
for a measure built like the IPCC, so the named precedent’s coding fills the features the words leave open, and
its lexical relevance is 1. A one-word name that is also an ordinary word counts only in its capitals (“FIRST”).</p>
<h3>4. Shared features and disanalogies</h3>
<p>A feature counts as <strong>shared</strong> when its local similarity is at least ${sharedFrom} and it carries
weight. It counts as a <strong>disanalogy</strong> when its local similarity is below ${disanalogyBelow} and it
carries weight — and traits of the governed technology are always reported when they differ, even at weight 0, since
that is where most analogies between nuclear-era mechanisms and AI measures break. Each is written as a sentence from
the codebook’s labels, with the coding notes and sources behind both values.</p>
<h3>5. Robustness</h3>
<p>The ranking is recomputed under ${matchDefaults.runs} random reweightings: each weight is multiplied by a
log-normal factor (σ = ${perturbationSigma}, so a weight typically moves within ×0.6–×1.6). For each result the engine
reports the share of runs in which it stays in the top k (k = the number of results asked for) and the best and worst
rank it reached. The perturbations come from a seeded generator (seed ${matchDefaults.seed} unless another is given),
so the check gives the same answer every time.</p>
<h3>6. Trajectories</h3>
<p>For each precedent the engine follows the relations that carry an institution forward — modelled on, succeeds,
amends, part of, establishes — up to four steps back and forward, so a reader sees an incremental path (the 1963
Hotline, its 1971 improvement, its 1984 upgrade, the 1987 Nuclear Risk Reduction Centers) rather than a point.</p>
<h3>7. Reproducibility</h3>
<p>Results are deterministic: the same question, weights, seed and dataset version give the same output, byte for
byte. Every response carries the dataset version (a content hash of the compiled case-base) and the engine version
(${engineVersion}).</p>
${engineV2Method(codebook)}
</section>

<section id="codebook" aria-labelledby="codebook-title">
<h2 id="codebook-title">Codebook</h2>
<p>${codebook.title}, version ${codebook.version}: ${codebook.features.length} features in ${groups.length} groups.
Every mechanism and every measure is coded on these features; values that could not be checked carry a low confidence
and a note, or are left uncoded.</p>
${groups.map((group) =>
  codebookTable(
    group,
    features.filter((f) => f.group === group),
  ),
)}
<h3 id="presets">Presets</h3>
<table class="presets"><caption>Named weight profiles; features not listed weigh 0 under a preset</caption>
<thead><tr><th scope="col">Preset</th><th scope="col">What it asks</th><th scope="col">Weights</th></tr></thead>
<tbody>${codebook.presets.map((p) => presetRow(p, label))}</tbody></table>
<h3 id="concepts">Concepts read from free text</h3>
<table class="concepts"><caption>Ways of saying a value in several words; patterns in the codebook</caption>
<thead><tr><th scope="col">Concept</th><th scope="col">Suggests</th><th scope="col">Basis</th></tr></thead>
<tbody>${codebook.concepts.map(
    (c) =>
      html`<tr><th scope="row">${c.label} <code>${c.id}</code></th><td>${conceptValues(c.suggests, label)}${
        c.whenNegated ? html`<p class="hint">negated: ${conceptValues(c.whenNegated, label)}</p>` : ''
      }</td><td>${c.basis}</td></tr>`,
  )}</tbody></table>
</section>

<section id="scope" aria-labelledby="scope-title">
<h2 id="scope-title">Scope</h2>
<p>The case-base holds the precedents the AI-governance literature reaches for, so that an analogy can be tested
against the record: international, bilateral and multilateral mechanisms — treaties, agreements, regimes,
institutions, and the campaigns that produced them — and national bodies where the literature uses them as a model
for an international or incident mechanism, such as accident-investigation boards and safety-reporting systems. It
leaves out strategies and norms without an instrument, such as deterrence doctrines, and purely national
programmes, such as the Manhattan and Apollo projects: there is no mechanism between parties to compare. When a
question names one of these models, the answer says so and points to the closest records that are in scope.</p>
${outOfScopeTable(caseBase)}
</section>

<section id="dataset" aria-labelledby="dataset-title">
<h2 id="dataset-title">Dataset</h2>
<p>Dataset version <code>${datasetVersion}</code>, a content hash of the compiled case-base:
${caseBase.records.length} records
(${[...counts].map(([kind, n], i) => html`${i > 0 ? ', ' : ''}${countOf(kind, n)}`)}).
Every historical claim carries its source; what could not be verified is marked or left out. Browse it in the
<a href="/list">list</a> or the <a href="/">explorer</a>, or fetch it from the <a href="/api/v1/reference">API</a>.</p>
</section>

<section id="cite" aria-labelledby="cite-title">
<h2 id="cite-title">How to cite</h2>
${howToCite(citation, datasetVersion, engineVersion, lang)}
</section>
${problemsSection()}${lang === 'zh' ? raw('</div>') : ''}`;
  return layout({
    title: m['about.title'],
    head: citeAssets,
    body,
    datasetVersion,
    engineVersion,
    current: '/about',
    lang,
    path: '/about',
  });
}

const featureTypes = Object.keys(localSimilarity) as FeatureType[];

/** "3 mechanisms", "1 event": a count of records of one kind. */
function countOf(kind: string, n: number): string {
  const name = (kindLabels[kind as keyof typeof kindLabels] ?? kind).toLowerCase();
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}

function codebookTable(group: string, features: Feature[]) {
  const title = groupLabels[group] ?? group;
  return html`<h3>${title}</h3>
<table class="codebook"><caption>${title}: features, types, default weights and values</caption>
<thead><tr>
<th scope="col">Feature</th><th scope="col">Type</th><th scope="col">Weight</th><th scope="col">Values</th>
</tr></thead>
<tbody>${features.map(featureRow)}</tbody></table>`;
}

function featureRow(f: Feature) {
  const list = f.type === 'ordinal' ? 'ol' : 'ul';
  const inherited = f.perTechnology ? html`<p class="hint">Coded once per technology profile and inherited.</p>` : '';
  const related = f.similarity.map(
    (s, i) => html`${i > 0 ? '; ' : ''}${s.between[0]} ~ ${s.between[1]} (${s.similarity})`,
  );
  return html`<tr id="feature-${f.id}">
<th scope="row">${f.label} <code>${f.id}</code><p class="hint">${f.description}</p>
<p class="hint">Basis: ${f.basis}</p>${inherited}</th>
<td>${f.type}</td><td>${f.weight}</td>
<td><${list}>${f.values.map((v) => valueItem(f, v))}</${list}>
${f.similarity.length > 0 ? html`<p class="hint">Related values: ${related}</p>` : ''}</td></tr>`;
}

function valueItem(f: Feature, v: Feature['values'][number]) {
  const family = v.family ? (f.families.find((x) => x.id === v.family)?.label ?? v.family) : undefined;
  const parent = v.parent ? (f.values.find((x) => x.id === v.parent)?.label ?? v.parent) : undefined;
  return html`<li><strong>${v.label}</strong> <code>${v.id}</code>${
    family ? html` <span class="hint">(${family})</span>` : ''
  }${parent ? html` <span class="hint">(within ${parent})</span>` : ''} — ${v.description}</li>`;
}

function presetRow(p: Codebook['presets'][number], label: Map<string, string>) {
  const weights = Object.entries(p.weights)
    .filter(([, w]) => w > 0)
    .map(([id, w], i) => html`${i > 0 ? ', ' : ''}${label.get(id) ?? id} ${w}`);
  return html`<tr><th scope="row">${p.label} <code>${p.id}</code></th>
<td>${p.description}</td><td>${weights}</td></tr>`;
}

const percentOf = (x: number) => `${Math.round(x * 100)} %`;

/**
 * The engine's second version on the About page: lineage families, the contemporary lane and eras, how
 * much of a query was understood, robustness over coding doubt, and where a record ranks. Every figure
 * is the engine's own constant.
 */
function engineV2Method(codebook: Codebook) {
  const t = understandingThresholds;
  return html`<h3 id="families">8. Lineage families</h3>
<p>Records joined by ${[...familyRelations].join(', ')} form a <strong>family</strong>: one institution over time, such as the 1963 Hotline memorandum, its 1971 improvement and its 1984 upgrade, or the SALT I accords and the Standing Consultative Commission they created. By default the ranking shows one result per family, headed by its best-scoring member, and lists the other members with their own scores; <code>group=none</code> gives the flat ranking. Robustness, permalinks and citations work on the ranking shown.</p>
<p><strong>modelledOn</strong> does not join a family. It links institutions that copied a design between other parties or for another field — the UK–USSR and Canada–USSR incidents-at-sea agreements modelled on the US–USSR one, the Outer Space Treaty on the Antarctic Treaty. Those are separate precedents, and whether the copy worked is itself evidence a scholar wants to see ranked; they meet in the trajectory instead.</p>
<h3 id="lane">9. The historical lane, and eras</h3>
<p>Records about AI itself (domain ${contemporaryDomain} or narrower) are not precedents but initiatives already under way: they leave the ranking of precedents and are ranked apart, in the same shape, under <em>already under way</em> (${matchDefaults.contemporary} by default; <code>contemporary=N</code>). Proposed measures are ranked only when asked for (<code>includeMeasures</code>), as before. The precedents can be restricted to years (<code>from</code>, <code>to</code>) or to a named era, defined once in the codebook:</p>
<ul>${codebook.eras.map((e) => html`<li><code>${e.id}</code> — ${e.label}, ${e.from}–${e.to ?? 'today'}. <span class="hint">${e.basis}</span></li>`)}</ul>
<h3 id="understanding">10. How much of the words was understood</h3>
<p>Every answer says how much of a free-text query the engine understood. A content word (stop words aside) counts as understood when it lies in a phrase the codebook recognised (a feature value or a technology), names a record, or occurs in some record’s name, summary or key facts. <strong>Coverage</strong> is the share of content words understood. The level is <strong>none</strong> when no word was understood: then no ranking is given (an empty list, with a notice saying what to try), and such a query cannot be pinned or cited. It is <strong>low</strong> when coverage is under ${percentOf(t.lowBelow)} or nothing was recognised in the codebook (the ranking then rests on word overlap alone), and the answer carries a notice; <strong>good</strong> at ${percentOf(t.goodFrom)} or more with at least ${t.goodRecognitions} codebook recognitions; <strong>fair</strong> in between. A query that gives a measure or features is coded rather than read, so its level is good.</p>
<h3 id="coding-robustness">11. Robustness over doubtful coding</h3>
<p>Beside the reweightings, the engine asks whether a rank survives other plausible codings. In each of the same ${matchDefaults.runs} reweighted runs, every value coded with doubt may move to a neighbouring value — the nearest other value under its feature type’s similarity (a neighbouring level of an ordinal scale, a related value, a parent or sibling in a taxonomy; at most ${maxNeighbours}; a value the codebook relates to nothing cannot move) — on both sides, the query’s values and the precedents’. A value coded with <strong>low</strong> confidence moves with probability ${percentOf(recodingRates.low)}, a <strong>medium</strong> one with probability ${percentOf(recodingRates.medium)}, a <strong>high</strong> one never. Each result reports, as <code>robustness.coding</code>, the share of these runs in which it stays in the top k and its best and worst rank; with every value at high confidence the figures equal the reweighting figures. The re-codings come from a second stream seeded from the same seed, so the check is deterministic.</p>
<h3 id="why-not">12. Where does a record rank?</h3>
<p><code>GET /api/v1/match/explain</code> (the same parameters as <code>GET /api/v1/match</code>, plus <code>candidate</code>), <code>match … --why ID</code> on the command line and the workbench’s “Where does a precedent rank?” box answer where a record ranks for the question (its family’s rank, when grouped), its score, the last result shown and the gap to it, and for each feature the points of the score it brings and the difference from the cutoff’s — the features that cost it most come first.</p>`;
}
