/**
 * The page of one record: complete without JavaScript, quotable, with the coding behind every value and
 * the citation meta tags (Highwire `citation_*`, which reference managers such as Zotero read).
 */
import { html, raw } from 'hono/html';
import { indexCodebook } from '../../domain/codebook-index.ts';
import { describeValue, featureLabel } from '../../domain/codebook-labels.ts';
import { pathIn, type Lang } from '../../domain/i18n/lang.ts';
import { format, messages } from '../../domain/i18n/messages.ts';
import { chineseOf, recordNameIn, summaryIn, type ChineseOfRecord } from '../../domain/i18n/record-names.ts';
import type { CaseRecord, CompiledCaseBase, Correction, Source } from '../../domain/schema.ts';
import { recordIdMaxLength } from '../../domain/record-id.ts';
import { cutInput } from '../../domain/quote-input.ts';
import { yearOf } from '../../domain/catalogue.ts';
import { currentRelease } from '../../domain/releases.ts';
import { sourceText } from '../../domain/publishers.ts';
import { incomingRelations, relationPhrases } from '../../domain/relations.ts';
import { verdictsAbout } from '../../domain/verdicts.ts';
import type { RecordCitations } from '../citations.ts';
import { citeAssets, citationFormatsBlock, citePanel } from './cite-block.ts';
import { formatHtml, layout } from './layout.ts';
import { verdictDetails, verdictsSection } from './verdicts-section.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import type { PageContext } from './page-context.ts';

function sourceLine(caseBase: CompiledCaseBase, s: Source) {
  return html`<li id="source-${s.id}">${sourceText(caseBase, s)}${s.doi ? html` doi:<a href="https://doi.org/${s.doi}">${s.doi}</a>` : ''}${s.url ? html` <a href="${s.url}">${s.url}</a>` : ''} <span class="kind">(${s.kind})</span>${s.note ? html` — ${s.note}` : ''}</li>`;
}

/** Relations both ways, in words: what this record built on or came from, and what built on or came from it. */
function relationsSection(
  record: CaseRecord,
  caseBase: CompiledCaseBase,
  nameOf: (id: string) => string,
  caseHref: (id: string) => string,
  lang: Lang,
) {
  const m = messages(lang);
  // The relations' phrases are English for now: marked so on a Chinese page.
  const english = lang === 'zh' ? raw(' lang="en"') : raw('');
  const outgoing = 'relations' in record ? record.relations : [];
  const incoming = incomingRelations(caseBase, record.id);
  if (outgoing.length === 0 && incoming.length === 0) return '';
  const item = (label: string, id: string, note: string | undefined) =>
    html`<li><span class="relation-label"${english}>${label}</span> <a href="${caseHref(id)}">${nameOf(id)}</a>${note ? html`<span class="relation-note"${english}> — ${note}</span>` : ''}</li>`;
  return html`<h2 id="relations">${m['record.relations']}</h2>
${outgoing.length > 0 ? html`<h3>${m['record.fromThis']}</h3><ul class="relations relations-outgoing">${outgoing.map((r) => item(relationPhrases[r.type].outgoing, r.target, r.note))}</ul>` : ''}
${incoming.length > 0 ? html`<h3>${m['record.fromOthers']}</h3><ul class="relations relations-incoming">${incoming.map((r) => item(r.label, r.from, r.note))}</ul>` : ''}`;
}

/** The facts a reader looks for first, in one box: when, whether in force, who, in what form. */
function infobox(record: CaseRecord, nameOf: (id: string) => string, caseHref: (id: string) => string, lang: Lang) {
  const m = messages(lang);
  const rows: [string, unknown][] = [];
  /** A value in the case-base's own words (a status, a legal form): English, marked so on a Chinese page. */
  const words = (id: string) =>
    lang === 'zh' ? html`<span lang="en">${id.replaceAll('-', ' ')}</span>` : id.replaceAll('-', ' ');
  const partyLinks = (ids: readonly string[]) =>
    html`${ids.map((p, i) => html`${i > 0 ? (lang === 'zh' ? '、' : ', ') : ''}<a href="${caseHref(p)}">${nameOf(p)}</a>`)}`;
  if (record.kind === 'mechanism') {
    rows.push([m['record.signed'], record.year]);
    if (record.inForceYear !== undefined) rows.push([m['record.inForce'], record.inForceYear]);
    rows.push([m['record.status'], words(record.status)]);
    if (record.endYear !== undefined) rows.push([m['record.ended'], record.endYear]);
    const count = record.partiesCount;
    const counted = count ? format(m['record.partiesCount'], { count: count.count, asOf: count.asOf }) : '';
    rows.push([m['record.parties'], html`${partyLinks(record.parties)}${counted}`]);
    rows.push([m['record.legalForm'], words(record.legalForm)]);
  } else if (record.kind === 'measure') {
    if (record.year !== undefined) rows.push([m['record.firstProposed'], record.year]);
    rows.push([m['record.status'], words(record.status)]);
    rows.push([
      m['record.proposedBy'],
      lang === 'zh' ? html`<span lang="en">${record.proposedBy.join('; ')}</span>` : record.proposedBy.join('; '),
    ]);
    if (record.parties.length > 0) rows.push([m['record.parties'], partyLinks(record.parties)]);
  } else if (record.kind === 'event') {
    rows.push([m['record.date'], record.date ?? record.year]);
    if (record.endYear !== undefined && record.endYear !== record.year) rows.push([m['record.until'], record.endYear]);
    if (record.parties.length > 0) rows.push([m['record.parties'], partyLinks(record.parties)]);
  } else if (record.kind === 'actor') {
    rows.push([m['record.type'], words(record.type)]);
  } else return '';
  const row = ([label, value]: [string, unknown]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  return html`<table class="infobox"><caption>${m['record.atAGlance']}</caption><tbody>${rows.map(row)}</tbody></table>`;
}

/** The ways on from a record: the map with it selected, and the workbench with it as the measure. */
function onwardLinks(record: CaseRecord, lang: Lang) {
  const m = messages(lang);
  const compared = record.kind === 'mechanism' || record.kind === 'measure';
  const onMap = record.kind !== 'verdict';
  if (!compared && !onMap) return '';
  const id = encodeURIComponent(record.id);
  const map = onMap ? html`<a href="${pathIn(lang, '/')}?select=${id}">${m['record.showOnMap']}</a>` : '';
  const precedents = compared
    ? html`<a href="${pathIn(lang, '/compare')}?measure=${id}">${m['record.closestPrecedents']}</a>`
    : '';
  return html`<p class="onward">${map}${onMap && compared ? ' · ' : ''}${precedents}</p>`;
}

/** An actor's page: the agreements it is party to and the crises or incidents it took part in. */
function actorSections(record: CaseRecord, caseBase: CompiledCaseBase, caseHref: (id: string) => string) {
  if (record.kind !== 'actor') return '';
  const involved = caseBase.records.filter(
    (r) => 'parties' in r && (r.parties as readonly string[]).includes(record.id),
  );
  const byYear = (a: CaseRecord, b: CaseRecord) =>
    (yearOf(a) ?? 9999) - (yearOf(b) ?? 9999) || a.name.localeCompare(b.name);
  const agreements = involved.filter((r) => r.kind === 'mechanism' || r.kind === 'measure').sort(byYear);
  const events = involved.filter((r) => r.kind === 'event').sort(byYear);
  const row = (r: CaseRecord) =>
    html`<li><a href="${caseHref(r.id)}">${r.name}</a>${yearOf(r) !== undefined ? ` (${yearOf(r)})` : ''}</li>`;
  return html`<h2 id="agreements">Agreements it is party to</h2>
${agreements.length > 0 ? html`<ul class="party-to">${agreements.map(row)}</ul>` : html`<p>None in the case-base.</p>`}
<h2 id="events">Crises and incidents it took part in</h2>
${events.length > 0 ? html`<ul class="took-part">${events.map(row)}</ul>` : html`<p>None in the case-base.</p>`}`;
}

/** Corrections whose field is this one or inside it ("keyFacts[2]" covers "keyFacts[2].text"). */
const correctionsOf = (record: CaseRecord): Correction[] => ('corrections' in record ? record.corrections : []);
const correctionsAt = (record: CaseRecord, field: string) =>
  correctionsOf(record).filter(
    (c) => c.field === field || c.field.startsWith(`${field}.`) || c.field.startsWith(`${field}[`),
  );

/** "Corrected in release 2026.12 (was …)", beside the fact that changed. */
function correctedMark(record: CaseRecord, field: string) {
  const found = correctionsAt(record, field);
  if (found.length === 0) return '';
  return html`${found.map(
    (c) =>
      html` <span class="corrected">Corrected in <a href="/releases#release-${c.release}">release ${c.release}</a> (was: ${c.was}) ${refs(c.sources)}</span>`,
  )}`;
}

/** Every correction of this record, so a writer who cited an older release sees what changed and why. */
function correctionsSection(record: CaseRecord) {
  const corrections = correctionsOf(record);
  if (corrections.length === 0) return '';
  return html`<h2 id="corrections">Corrections</h2>
<table class="corrections"><thead><tr><th scope="col">Release</th><th scope="col">Field</th><th scope="col">Was</th><th scope="col">Now</th><th scope="col">Settled by</th></tr></thead>
<tbody>${corrections.map(
    (c) =>
      html`<tr><td><a href="/releases#release-${c.release}">${c.release}</a></td><td><code>${c.field}</code></td><td>${c.was}</td><td>${c.now}${c.note ? html`<br><span class="hint">${c.note}</span>` : ''}</td><td>${refs(c.sources)}</td></tr>`,
  )}</tbody></table>`;
}

function refs(ids: readonly string[]) {
  return html`<span class="refs">[${ids.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="#source-${id}">${id}</a>`)}]</span>`;
}

/** The cite panel: the Precedents entry, and the primary sources beside it, each in six formats. */
function citeSection(record: CaseRecord, citations: RecordCitations, datasetVersion: string, lang: Lang) {
  const api = `/api/v1/cases/${record.id}/cite`;
  const intro = html`<p>This cites the Precedents entry for this record at dataset version <code>${datasetVersion}</code>, accessed ${citations.accessed}. ${citations.primarySources.length > 0 ? 'Cite the primary source beside it for the historical text itself.' : ''}</p>`;
  const beside =
    citations.primarySources.length > 0
      ? html`<h3>Primary ${citations.primarySources.length === 1 ? 'source' : 'sources'}</h3>${citations.primarySources.map(
          (s) =>
            html`<h4>${s.title}</h4>${citationFormatsBlock(`source-${s.id}`, s.citation, `${api}?source=${encodeURIComponent(s.id)}`, lang)}`,
        )}`
      : undefined;
  return citePanel({
    title: 'Cite this record',
    intro,
    key: 'entry',
    set: citations.entry,
    download: `${api}?accessed=${citations.accessed}`,
    beside,
    lang,
  });
}

/** The Chinese name of a record: its status (official, customary, Precedents' translation) and its source. */
function chineseNameNote(zh: ChineseOfRecord, englishName: string) {
  const m = messages('zh');
  const source = zh.nameSource;
  return html`<dl class="zh-name">
<dt>${m['record.englishName']}</dt><dd lang="en">${englishName}</dd>
<dt>${m['record.nameStatus']}</dt><dd>${m[`record.nameStatus.${zh.nameStatus}`]}</dd>
${source ? html`<dt>${m['record.nameSource']}</dt><dd>${source.publisher}，《${source.title}》${source.year !== undefined ? `，${source.year}` : ''}${source.symbol ? `，${source.symbol}` : ''}${source.url ? html`，<a href="${source.url}">${source.url}</a>` : ''}</dd>` : ''}
${zh.translatorNote ? html`<dt>${m['record.note']}</dt><dd>${zh.translatorNote}</dd>` : ''}
</dl>`;
}

export function renderRecordPage(page: PageContext, record: CaseRecord, pageUrl: string, citations?: RecordCitations) {
  const { caseBase, engineVersion, lang } = page;
  const m = messages(lang);
  const index = indexCodebook(caseBase.codebook);
  const zh = lang === 'zh' ? chineseOf(record) : undefined;
  /** Where a Chinese page shows English (a record without Chinese yet, key facts), the markup says so. */
  const english = lang === 'zh' ? raw(' lang="en"') : raw('');
  const nameOf = (id: string) => {
    const found = lookUpRecord(caseBase, id);
    return found ? recordNameIn(found.record, lang).text : id;
  };
  const caseHref = (id: string) => `${lang === 'zh' ? '/zh' : ''}/cases/${id}`;
  const year = yearOf(record);
  const said = summaryIn(record, lang) ?? { text: record.name, lang: 'en' };
  const summary = said.text;
  const title = zh?.name ?? record.name;
  const release = currentRelease(caseBase);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: title,
    description: summary,
    identifier: record.id,
    url: pageUrl,
    ...(lang === 'zh' ? { inLanguage: zh ? 'zh-Hans' : 'en' } : {}),
    version: release?.name ?? caseBase.datasetVersion,
    ...(release ? { datePublished: release.date } : {}),
    isPartOf: { '@type': 'Dataset', name: 'Precedents case-base', version: caseBase.datasetVersion },
    ...(year !== undefined ? { temporalCoverage: String(year) } : {}),
  };
  const head = html`<meta name="description" content="${summary}">
<meta name="citation_title" content="${record.name}">
<meta name="citation_author" content="Precedents contributors">
<meta name="citation_publisher" content="Precedents">
${release ? html`<meta name="citation_date" content="${release.date.replaceAll('-', '/')}">` : ''}
<meta name="citation_public_url" content="${pageUrl}">
<meta name="citation_technical_report_number" content="${release ? `release ${release.name}, ` : ''}dataset ${caseBase.datasetVersion}">
<link rel="canonical" href="${pageUrl}">
<script type="application/ld+json">${raw(JSON.stringify(jsonLd).replaceAll('<', '\\u003c'))}</script>
${citeAssets}`;

  const kind = lang === 'zh' ? m[`kind.${record.kind}`] : record.kind;
  const coding = 'coding' in record ? record.coding : undefined;
  const keyFacts = 'keyFacts' in record ? record.keyFacts : [];
  const body = html`<article class="record">
<p class="kind">${kind}${year !== undefined ? ` · ${year}` : ''}${'status' in record ? html` · <span${english}>${record.status}</span>` : ''}</p>
<h1${lang === 'zh' && !zh ? english : raw('')}>${title}</h1>
${lang === 'zh' && zh ? chineseNameNote(zh, record.name) : ''}
${lang === 'zh' && !zh ? html`<p class="lang-note" role="note">${m['lang.noChinese']}</p>` : ''}
<p class="summary"${lang === 'zh' && said.lang === 'en' ? english : raw('')}>${summary}</p>
${onwardLinks(record, lang)}
${infobox(record, nameOf, caseHref, lang)}
<div${english}>${actorSections(record, caseBase, caseHref)}
${record.kind === 'verdict' ? verdictDetails(record, nameOf, caseBase) : ''}</div>
${keyFacts.length > 0 ? html`<h2>${m['record.keyFacts']}</h2>${lang === 'zh' ? html`<p class="lang-note" role="note">${m['lang.keyFactsEnglish']}</p>` : ''}<ul class="key-facts"${english}>${keyFacts.map((f, i) => html`<li>${f.text} ${refs(f.sources)}${correctedMark(record, `keyFacts[${i}]`)}</li>`)}</ul>` : ''}
${'outcomes' in record && record.outcomes.length > 0 ? html`<h2>${m['record.outcomes']}</h2><ul${english}>${record.outcomes.map((o, i) => html`<li>${o.year !== undefined ? `${o.year}: ` : ''}${o.text} ${refs(o.sources)}${correctedMark(record, `outcomes[${i}]`)}</li>`)}</ul>` : ''}
${
  coding
    ? html`<h2>${m['record.coding']}</h2>
<table class="coding"><caption>${format(m['record.codingCaption'], { version: caseBase.codebook.version })}</caption>
<thead><tr><th scope="col">${m['record.feature']}</th><th scope="col">${m['record.value']}</th><th scope="col">${m['record.confidence']}</th><th scope="col">${m['record.note']}</th></tr></thead>
<tbody>${index.features
        .filter((f) => coding[f.id])
        .map((f) => {
          const v = coding[f.id];
          const described = describeValue(index.byId.get(f.id)!, v.value, lang);
          return html`<tr><th scope="row">${featureLabel(f, lang)}</th><td>${described}</td><td${english}>${v.confidence}</td><td${english}>${v.note ?? ''}${v.inheritedFrom ? html` (from the profile <a href="${caseHref(v.inheritedFrom)}">${nameOf(v.inheritedFrom)}</a>)` : ''}${v.sources.length > 0 ? html` ${refs(v.sources)}` : ''}</td></tr>`;
        })}</tbody></table>`
    : ''
}
${relationsSection(record, caseBase, nameOf, caseHref, lang)}
<div${english}>${record.kind === 'mechanism' || record.kind === 'measure' ? verdictsSection(record, verdictsAbout(caseBase, record.id), nameOf, caseBase) : ''}
${correctionsSection(record)}</div>
${'sources' in record ? html`<h2>${m['record.sources']}</h2><ol class="sources">${record.sources.map((s) => sourceLine(caseBase, s))}</ol>` : ''}
${citations ? citeSection(record, citations, caseBase.datasetVersion, lang) : html`<h2>${m['record.citeThis']}</h2><p>${formatHtml(m['record.citeFailed'], { api: html`<a href="/api/v1/cases/${record.id}/cite">${m['record.theApi']}</a>` })}</p>`}
</article>`;
  return layout({
    title,
    head,
    body,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    lang,
    path: `/cases/${record.id}`,
  });
}

export function renderNotFoundPage(page: PageContext, id: string) {
  const { caseBase, engineVersion, lang } = page;
  const m = messages(lang);
  // Repeat enough of the address to recognise it; an id longer than any id can be is cut.
  const shown = cutInput(id, recordIdMaxLength + 1);
  return layout({
    title: m['record.noSuchTitle'],
    body: html`<h1>${m['record.noSuchTitle']}</h1>
<p>${formatHtml(m['record.noSuchBody'], { id: html`<code>${shown}</code>`, dataset: caseBase.datasetVersion })}</p>
<form class="list-filters" method="get" action="${pathIn(lang, '/list')}" role="search" aria-label="${m['search.label']}">
<div><label for="not-found-q">${m['record.findByName']}</label>
<input id="not-found-q" name="q" type="search" value="${shown.replaceAll('-', ' ')}"></div>
<div class="buttons"><button type="submit">${m['search.submit']}</button></div>
</form>
<p>${formatHtml(m['record.browseOr'], {
      list: html`<a href="${pathIn(lang, '/list')}">${m['record.browseAll']}</a>`,
      map: html`<a href="${pathIn(lang, '/')}">${m['record.theMap']}</a>`,
    })}</p>`,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    lang,
    // The twin's address repeats only what the page shows of the id, never an unbounded input.
    path: id.length <= recordIdMaxLength ? `/cases/${encodeURIComponent(id)}` : '/list',
  });
}
