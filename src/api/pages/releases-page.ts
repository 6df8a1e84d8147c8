/**
 * The release notes: each named release with its date and dataset version, the records it added and
 * retired, and every fact it corrected (old → new, and the source that settled it). A permalink or a
 * citation pinned to an older release links here.
 */
import { html } from 'hono/html';
import { changesSince, currentRelease, type RecordCorrection } from '../../domain/releases.ts';
import type { CompiledCaseBase, Release } from '../../domain/schema.ts';
import { layout } from './layout.ts';
import { nameOfRecord } from '../../domain/record-lookup.ts';
import type { PageContext } from './page-context.ts';

function releaseSection(caseBase: CompiledCaseBase, release: Release, corrections: readonly RecordCorrection[]) {
  const nameOf = (id: string) => nameOfRecord(caseBase, id);
  const link = (id: string) => html`<a href="/cases/${id}">${nameOf(id)}</a>`;
  return html`<section class="release" id="release-${release.name}" aria-labelledby="release-${release.name}-title">
<h2 id="release-${release.name}-title">Release ${release.name}${release.datasetVersion === caseBase.datasetVersion ? ' (served now)' : ''}</h2>
<p>Published ${release.date}; dataset version <code>${release.datasetVersion}</code>.</p>
<p>${release.summary}</p>
${release.added.length > 0 ? html`<h3>Added (${release.added.length})</h3><ul class="inline">${release.added.map((id) => html`<li>${link(id)}</li>`)}</ul>` : ''}
${release.retired.length > 0 ? html`<h3>Retired (${release.retired.length})</h3><ul>${release.retired.map((r) => html`<li><code>${r.id}</code>: ${r.note}${r.replacedBy ? html` — now ${link(r.replacedBy)}` : ''}</li>`)}</ul>` : ''}
${
  corrections.length > 0
    ? html`<h3>Corrected (${corrections.length})</h3>
<table class="corrections"><thead><tr><th scope="col">Record</th><th scope="col">Field</th><th scope="col">Was</th><th scope="col">Now</th></tr></thead>
<tbody>${corrections.map((c) => html`<tr><td>${link(c.record)}</td><td><code>${c.field}</code></td><td>${c.was}</td><td>${c.now} <a href="/cases/${c.record}#corrections">(sources)</a></td></tr>`)}</tbody></table>`
    : ''
}
</section>`;
}

export function renderReleasesPage({ caseBase, engineVersion }: PageContext) {
  const current = currentRelease(caseBase);
  // Every correction since the first release, read once; each section shows its own release's.
  const first = caseBase.releases[0];
  const corrections = first ? (changesSince(caseBase, first.name)?.corrections ?? []) : [];
  const newestFirst = [...caseBase.releases].reverse();
  const body = html`<h1>Releases</h1>
<p>Precedents is published in named releases. Cite the release you used; if a fact changed after it, the
record page shows the correction beside the fact, and this page lists every change. ${current ? html`This site serves release <strong>${current.name}</strong>.` : html`This site serves dataset version <code>${caseBase.datasetVersion}</code>, which is not yet a named release.`}
The same notes are available as data: <a href="/api/v1/releases">/api/v1/releases</a> and
<code>/api/v1/releases/changes?since=…</code>.</p>
${newestFirst.map((release) =>
  releaseSection(
    caseBase,
    release,
    corrections.filter((c) => c.release === release.name),
  ),
)}`;
  return layout({
    title: 'Releases',
    body,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    current: '/releases',
  });
}
