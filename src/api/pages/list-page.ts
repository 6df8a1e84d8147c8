/**
 * `/list`: every record of the case-base as an HTML table — the explorer's twin for readers who do not
 * use the map (screen readers, keyboard, no JavaScript). Filtering is a GET form and sorting is a link
 * in each column head, so both work without any script, and every view has an address.
 */
import { html, raw } from 'hono/html';
import { valueLabel } from '../../domain/codebook-labels.ts';
import { pathIn, type Lang } from '../../domain/i18n/lang.ts';
import { format, messages } from '../../domain/i18n/messages.ts';
import { recordNameIn } from '../../domain/i18n/record-names.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import { browse, catalogueVocabulary, maxSearchLength, type RecordSummary } from '../../domain/catalogue.ts';
import { indexCodebook } from '../../domain/codebook-index.ts';
import type { CompiledCaseBase, RecordKind } from '../../domain/schema.ts';
import { recordKinds } from '../../domain/schema.ts';
import { cutInput } from '../../domain/quote-input.ts';
import { createNameSearch, type NameSearch } from '../../domain/name-search.ts';
import { formatHtml, layout } from './layout.ts';

const nameSearches = new WeakMap<CompiledCaseBase, NameSearch>();
function nameSearchOf(caseBase: CompiledCaseBase): NameSearch {
  let search = nameSearches.get(caseBase);
  if (!search) {
    const named = caseBase.records.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      commonNames: 'commonNames' in r ? r.commonNames : [],
    }));
    search = createNameSearch(named);
    nameSearches.set(caseBase, search);
  }
  return search;
}

/**
 * Names as the list shows them: a name two records share (an organisation and the mechanism it runs)
 * gets the kind, and the year if the kind is shared too, so no two rows read the same.
 */
export function distinctNames(records: readonly RecordSummary[]): Map<string, string> {
  const byName = new Map<string, RecordSummary[]>();
  for (const r of records) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const shown = new Map<string, string>();
  for (const [name, group] of byName) {
    for (const r of group) {
      if (group.length === 1) shown.set(r.id, name);
      else {
        const sameKind = group.filter((o) => o.kind === r.kind).length > 1;
        const kind = (kindLabels[r.kind] ?? r.kind).toLowerCase();
        shown.set(r.id, `${name} (${kind}${sameKind ? (r.year !== undefined ? `, ${r.year}` : `, ${r.id}`) : ''})`);
      }
    }
  }
  return shown;
}

/** Labels of record kinds; a kind added later shows its id until it is given one here. */
export const kindLabels: Partial<Record<RecordKind, string>> = {
  mechanism: 'Historical mechanism',
  measure: 'Proposed AI measure',
  event: 'Crisis or incident',
  actor: 'State or organisation',
  technology: 'Technology profile',
  verdict: 'Published verdict',
};

const sortKeys = ['name', 'kind', 'year', 'function', 'domain', 'status'] as const;
type SortKey = (typeof sortKeys)[number];

export interface ListQuery {
  q?: string;
  kind?: string;
  family?: string;
  domain?: string;
  from?: string;
  to?: string;
  sort?: string;
  dir?: string;
}

const year = (raw: string | undefined) =>
  raw !== undefined && /^-?\d{1,4}$/.test(raw.trim()) ? Number(raw) : undefined;

/** The rows a query selects, sorted, with what was wrong in the query; the page and the CSV share it. */
function selectRecords(caseBase: CompiledCaseBase, query: ListQuery) {
  const index = indexCodebook(caseBase.codebook);
  const vocabulary = catalogueVocabulary(caseBase);
  const functionFeature = index.byId.get('function');
  const domainFeature = index.byId.get('domain');
  const problems: string[] = [];
  const kind = recordKinds.find((k) => k === query.kind);
  if (query.kind && !kind) problems.push(`There is no kind of record “${cutInput(query.kind)}”; every kind is shown.`);
  const family = query.family && vocabulary.functions.includes(query.family) ? query.family : undefined;
  if (query.family && !family)
    problems.push(`The codebook has no function or family “${cutInput(query.family)}”; every function is shown.`);
  const domain = query.domain && vocabulary.domains.includes(query.domain) ? query.domain : undefined;
  if (query.domain && !domain)
    problems.push(`The codebook has no domain “${cutInput(query.domain)}”; every domain is shown.`);
  const from = year(query.from);
  const to = year(query.to);
  const sort: SortKey = sortKeys.find((k) => k === query.sort) ?? 'name';
  const dir = query.dir === 'desc' ? 'desc' : 'asc';

  let words = query.q?.trim() || undefined;
  const characters = Array.from(words ?? ''); // whole characters, as the cut below must not split one
  if (characters.length > maxSearchLength) {
    words = characters.slice(0, maxSearchLength).join('').trim();
    problems.push(
      `Search words are limited to ${maxSearchLength} characters; only the first ${maxSearchLength} were used.`,
    );
  }
  const all = caseBase.records.length;
  // Words match anywhere in the id, name or summary, or forgivingly in a name (typos, common names).
  const { records: filtered } = browse(caseBase, { kind, function: family, domain, from, to, limit: all, offset: 0 });
  const inText = words
    ? new Set(browse(caseBase, { q: words, limit: all, offset: 0 }).records.map((r) => r.id))
    : undefined;
  const byName = words ? new Set(nameSearchOf(caseBase)(words)) : undefined;
  const records = filtered.filter((r) => inText === undefined || inText.has(r.id) || byName!.has(r.id));
  const total = records.length;
  const functionText = (r: RecordSummary) => (r.function ?? []).map((v) => functionFeature?.label(v) ?? v).join(', ');
  const domainText = (r: RecordSummary) => (r.domain ? (domainFeature?.label(r.domain) ?? r.domain) : '');
  const sortValue: Record<SortKey, (r: RecordSummary) => string | number | undefined> = {
    name: (r) => r.name,
    kind: (r) => kindLabels[r.kind] ?? r.kind,
    year: (r) => r.year,
    function: (r) => functionText(r) || undefined,
    domain: (r) => domainText(r) || undefined,
    status: (r) => r.status,
  };
  const value = sortValue[sort];
  // Records without a value sort last either way; ties keep name order, so the table is stable.
  const sorted = [...records].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? a.name.localeCompare(b.name) : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (dir === 'asc' ? order : -order) || a.name.localeCompare(b.name);
  });

  const filters = { q: words, kind, family, domain, from: from?.toString(), to: to?.toString() };
  return {
    ...{ sorted, total, problems, filters, sort, dir, kind, family, domain },
    ...{ functionText, domainText, functionFeature, domainFeature },
  };
}

const csvCell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  // Quoted when needed (RFC 4180); a leading =, +, - or @ is prefixed so a spreadsheet does not run it.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The same rows as the page, as CSV: one line per record, with its id and the address of its page. */
export function renderListCsv(caseBase: CompiledCaseBase, query: ListQuery): string {
  const { sorted, functionText, domainText } = selectRecords(caseBase, query);
  const lines = [['id', 'name', 'kind', 'year', 'function', 'domain', 'status', 'page'].join(',')];
  for (const r of sorted)
    lines.push(
      [r.id, r.name, kindLabels[r.kind] ?? r.kind, r.year, functionText(r), domainText(r), r.status, `/cases/${r.id}`]
        .map(csvCell)
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}

export function renderListPage(caseBase: CompiledCaseBase, query: ListQuery, engineVersion: string, lang: Lang = 'en') {
  const m = messages(lang);
  const zh = lang === 'zh';
  const list = pathIn(lang, '/list');
  const selected = selectRecords(caseBase, query);
  const { sorted, total, problems, filters, sort, dir, kind, family, domain } = selected;
  const { functionFeature, domainFeature, functionText, domainText } = selected;
  // On a Chinese page: Chinese names where a record has them, the codebook's Chinese labels, Chinese kinds.
  const englishNames = distinctNames(sorted);
  const shownName = (r: RecordSummary) => {
    if (!zh) return { text: englishNames.get(r.id) ?? r.name, lang: 'en' as const };
    const found = lookUpRecord(caseBase, r.id);
    return found ? recordNameIn(found.record, 'zh') : { text: r.name, lang: 'en' as const };
  };
  const kindLabel = (k: RecordKind) => (zh ? m[`kind.${k}`] : (kindLabels[k] ?? k));
  const valueIn = (f: typeof functionFeature, id: string) => (f ? valueLabel(f, id, lang) : id);
  const functionIn = (r: RecordSummary) =>
    zh ? (r.function ?? []).map((v) => valueIn(functionFeature, v)).join('、') : functionText(r);
  const domainIn = (r: RecordSummary) => (zh ? (r.domain ? valueIn(domainFeature, r.domain) : '') : domainText(r));
  const familyLabel = (f: { label: string; zh?: { label: string } }) => (zh ? (f.zh?.label ?? f.label) : f.label);
  const columns: Record<SortKey, string> = {
    name: m['list.name'],
    kind: m['list.kind'],
    year: m['list.year'],
    function: m['list.function'],
    domain: m['list.domain'],
    status: m['list.status'],
  };
  const href = (key: SortKey) => {
    const params = new URLSearchParams(
      Object.entries({ ...filters, sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc' }).filter(
        (e): e is [string, string] => e[1] !== undefined,
      ),
    );
    return `${list}?${params}`;
  };
  const dirWord = dir === 'asc' ? m['list.ascending'] : m['list.descending'];
  const head = (key: SortKey) => {
    const label = columns[key];
    const sortBy = format(m['list.sortBy'], { column: zh ? label : label.toLowerCase() });
    return html`<th scope="col"${key === sort ? html` aria-sort="${dir === 'asc' ? 'ascending' : 'descending'}"` : ''}><a href="${href(key)}">${label}<span class="visually-hidden">${key === sort ? format(m['list.sortedBy'], { dir: dirWord }) : zh ? '，' : ', '}${sortBy}</span>${key === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>`;
  };
  const csvParams = new URLSearchParams(
    Object.entries({ ...filters, sort, dir }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const csvHref = `/list.csv?${csvParams}`;
  const narrowed = kind || family || domain || filters.from || filters.to;
  const what = filters.q
    ? html`“${filters.q}”${narrowed ? `${zh ? '' : ' '}${m['list.withFilters']}` : ''}`
    : m['list.theseFilters'];
  const emptyMessage = html`<p class="empty" role="status">${formatHtml(m['list.none'], {
    what,
    clear: html`<a href="${list}">${m['list.clearThem']}</a>`,
  })}</p>`;
  const option = (id: string, label: string, selected: string | undefined) =>
    html`<option value="${id}"${id === selected ? ' selected' : ''}>${label}</option>`;
  const domainDepth = (id: string) => (domainFeature?.ancestry.get(id)?.length ?? 1) - 1;
  const count =
    total === caseBase.records.length
      ? format(m['list.all'], { total })
      : format(m['list.some'], { total, all: caseBase.records.length });
  const english = zh ? raw(' lang="en"') : raw('');

  const body = html`<h1>${m['list.title']}</h1>
<p>${formatHtml(m['list.lede'], { map: html`<a href="${pathIn(lang, '/')}">${m['list.mapLink']}</a>` })}</p>
<form class="list-filters" method="get" action="${list}" aria-label="${m['list.filterLabel']}">
<div><label for="list-q">${m['list.words']}</label><input id="list-q" name="q" type="search" value="${filters.q ?? ''}"></div>
<div><label for="list-kind">${m['list.kind']}</label><select id="list-kind" name="kind">${option('', m['list.everyKind'], kind)}${recordKinds.map((k) => option(k, kindLabel(k), kind))}</select></div>
<div><label for="list-family">${m['list.function']}</label><select id="list-family" name="family">${option('', m['list.everyFunction'], family)}${functionFeature?.feature.families.map((f) => html`<optgroup label="${familyLabel(f)}">${option(f.id, format(m['list.any'], { family: familyLabel(f) }), family)}${functionFeature.feature.values.filter((v) => v.family === f.id).map((v) => option(v.id, valueIn(functionFeature, v.id), family))}</optgroup>`)}</select></div>
<div><label for="list-domain">${m['list.domain']}</label><select id="list-domain" name="domain">${option('', m['list.everyDomain'], domain)}${domainFeature?.feature.values.filter((v) => v.parent !== undefined).map((v) => option(v.id, `${'\u2003'.repeat(Math.max(domainDepth(v.id) - 1, 0))}${valueIn(domainFeature, v.id)}`, domain))}</select></div>
<div><label for="list-from">${m['list.fromYear']}</label><input id="list-from" name="from" type="number" inputmode="numeric" min="1800" max="2100" value="${filters.from ?? ''}"></div>
<div><label for="list-to">${m['list.toYear']}</label><input id="list-to" name="to" type="number" inputmode="numeric" min="1800" max="2100" value="${filters.to ?? ''}"></div>
<input type="hidden" name="sort" value="${sort}"><input type="hidden" name="dir" value="${dir}">
<div class="buttons"><button type="submit">${m['list.filter']}</button> <a href="${list}">${m['list.clear']}</a></div>
</form>
${problems.map((p) => html`<p class="problem" role="alert"${english}>${p}</p>`)}
<table class="records" id="records">
<caption>${format(m['list.caption'], { count, sort: zh ? columns[sort] : sort, dir: dirWord, dataset: caseBase.datasetVersion })}</caption>
<thead><tr>${head('name')}${head('kind')}${head('year')}${head('function')}${head('domain')}${head('status')}</tr></thead>
<tbody>
${sorted.map((r) => {
  const name = shownName(r);
  return html`<tr data-id="${r.id}">
<th scope="row"><a href="${pathIn(lang, `/cases/${r.id}`)}"${zh && name.lang === 'en' ? english : raw('')}>${name.text}</a></th>
<td>${kindLabel(r.kind)}</td><td>${r.year ?? ''}</td><td>${functionIn(r)}</td>
<td>${domainIn(r)}</td><td${english}>${r.status ?? ''}</td></tr>
`;
})}</tbody>
</table>
${total === 0 ? emptyMessage : ''}
<p>${formatHtml(m['list.alsoData'], {
    csv: html`<a href="${csvHref}" download>${format(m['list.csv'], { total })}</a>`,
    json: html`<a href="/api/v1/cases?limit=500">${m['list.json']}</a>`,
  })}</p>`;
  const twinParams = new URLSearchParams(
    Object.entries({
      ...filters,
      sort: sort === 'name' ? undefined : sort,
      dir: dir === 'asc' ? undefined : dir,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  const twinPath = `/list${twinParams ? `?${twinParams}` : ''}`;
  return layout({
    title: m['list.title'],
    body,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    current: '/list',
    lang,
    // The twin shows the same rows: the filters as read (cut and checked), never the raw address.
    path: twinPath,
  });
}
