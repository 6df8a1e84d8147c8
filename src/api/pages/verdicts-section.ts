/**
 * Published verdicts on a record page, kept visibly apart from anything computed: they say what the
 * literature claims about a measure and a mechanism, and never enter a score.
 */
import { html } from 'hono/html';
import { sourceText } from '../../domain/publishers.ts';
import type { CaseRecord, CompiledCaseBase, Verdict } from '../../domain/schema.ts';
import { stanceLabels } from '../../domain/verdicts.ts';

function verdictSourceText(verdict: Verdict, caseBase: CompiledCaseBase) {
  const s = verdict.sources.find((x) => x.id === verdict.source)!;
  return html`${sourceText(caseBase, s)}${verdict.locator ? `, ${verdict.locator}` : ''}${s.url ? html` <a href="${s.url}">${s.url}</a>` : ''}`;
}

const stance = (v: Verdict) => html`<span class="stance stance-${v.stance}">${stanceLabels[v.stance]}</span>`;

/** The list of verdicts naming a measure or mechanism. */
export function verdictsSection(
  record: CaseRecord,
  verdicts: Verdict[],
  nameOf: (id: string) => string,
  caseBase: CompiledCaseBase,
) {
  if (verdicts.length === 0) return '';
  return html`<section class="verdicts" id="verdicts" aria-labelledby="verdicts-title">
<h2 id="verdicts-title">What the literature says</h2>
<p class="hint">Published claims that an AI measure is, partly is, or is not like a historical mechanism, in our words with their source. They are shown beside the computed matches for reading and never enter a score.</p>
<ul class="verdict-list">${verdicts.map(
    (v) =>
      html`<li>${stance(v)} <a href="/cases/${v.measure}">${nameOf(v.measure)}</a> ↔ <a href="/cases/${v.mechanism}">${nameOf(v.mechanism)}</a>: ${v.claim} <span class="refs">— ${verdictSourceText(v, caseBase)} (<a href="/cases/${v.id}">verdict record</a>)</span></li>`,
  )}</ul>
</section>`;
}

/** The body of a verdict's own page: the two records compared, the stance, the claim and where it is made. */
export function verdictDetails(verdict: Verdict, nameOf: (id: string) => string, caseBase: CompiledCaseBase) {
  return html`<dl class="verdict">
<dt>Measure</dt><dd><a href="/cases/${verdict.measure}">${nameOf(verdict.measure)}</a></dd>
<dt>Historical mechanism</dt><dd><a href="/cases/${verdict.mechanism}">${nameOf(verdict.mechanism)}</a></dd>
<dt>Stance</dt><dd>${stance(verdict)}</dd>
<dt>Claim (in our words)</dt><dd>${verdict.claim}</dd>
<dt>Made in</dt><dd>${verdictSourceText(verdict, caseBase)}</dd>
${verdict.quote ? html`<dt>In the source’s words</dt><dd><blockquote>${verdict.quote}</blockquote></dd>` : ''}
${verdict.note ? html`<dt>Note</dt><dd>${verdict.note}</dd>` : ''}
</dl>
<p class="hint">A verdict records what a publication claims. It is shown beside the computed matches and never enters a score.</p>`;
}
