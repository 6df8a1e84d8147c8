/**
 * Details panel: the selected record's summary, key facts, sources and links on the map, with a link to
 * its record page (the citable, complete version). Each neighbour is a button, so a keyboard user can
 * walk the graph from record to record. Focus moves to the panel's heading when it opens from the
 * search or a neighbour button, and back to the search when it closes.
 */
import type { EdgeType } from '@domain/graph.ts';
import { chineseOf, summaryIn } from '@domain/i18n/record-names.ts';
import { relationPhrases } from '@domain/relations.ts';
import type { CaseRecord, RelationType, Source } from '@domain/schema.ts';
import { getJson } from '../../shared/api.ts';
import { localPath, pageLang, t } from '../../shared/lang.ts';
import { byId, h } from '../../shared/dom.ts';
import { kindAppearance } from '../appearance.ts';
import type { MapGraph } from '../map-data.ts';
import type { Store } from '../state.ts';

/**
 * How a link reads from each end: "modelled on X" from the record, "model for Y" from its target. The
 * relations' phrases are the record pages' own; the map adds its two kinds of edge that are not relations.
 */
const phrases: Record<EdgeType, { out: string; in: string }> = {
  ...(Object.fromEntries(
    Object.entries(relationPhrases).map(([type, p]) => [type, { out: p.outgoing, in: p.incoming }]),
  ) as Record<RelationType, { out: string; in: string }>),
  governs: { out: 'Technology profile', in: 'Governed by' },
  partyTo: { out: 'Party to', in: 'Parties' },
};

function sourceItem(s: Source, publishers: ReadonlyMap<string, string>) {
  const publisher = s.publisher !== undefined ? (publishers.get(s.publisher) ?? s.publisher) : undefined;
  const text = [s.author, s.title, publisher, s.issued].filter((p) => p !== undefined).join('. ');
  return h(
    'li',
    {},
    text,
    s.url ? [' ', h('a', { href: s.url, rel: 'noopener' }, t('details.link'))] : null,
    ` (${s.kind})`,
  );
}

export interface DetailsPanel {
  /** Moves focus to the heading once the record has loaded. */
  focusWhenReady(): void;
}

export function mountDetails(
  graph: MapGraph,
  store: Store,
  handlers: { select(node: string): void; onClose(): void },
): DetailsPanel {
  const panel = byId('details');
  const cache = new Map<string, Promise<{ record: CaseRecord; publishers: Map<string, string> }>>();
  let wantFocus = false;
  let showing: string | undefined;

  const load = (id: string) => {
    if (!cache.has(id))
      cache.set(
        id,
        getJson<{ record: CaseRecord; publishers: { id: string; name: string }[] }>(
          `/api/v1/cases/${encodeURIComponent(id)}`,
        ).then((r) => ({
          record: r.record,
          publishers: new Map(r.publishers.map((p) => [p.id, p.name])),
        })),
      );
    return cache.get(id)!;
  };

  const links = (id: string) => {
    const groups = new Map<string, string[]>();
    const add = (phrase: string, other: string) => groups.set(phrase, [...(groups.get(phrase) ?? []), other]);
    graph.forEachOutEdge(id, (_e, a, _s, target) => add(phrases[a.type].out, target));
    graph.forEachInEdge(id, (_e, a, source) => add(phrases[a.type].in, source));
    const byLabel = (a: string, b: string) =>
      graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'));
    const button = (other: string) =>
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => handlers.select(other) },
        graph.getNodeAttribute(other, 'label'),
      );
    return [...groups].map(([phrase, others]) =>
      h(
        'div',
        { class: 'links' },
        h('dt', {}, phrase),
        h(
          'dd',
          {},
          h(
            'ul',
            { class: 'inline' },
            others.sort(byLabel).map((other) => h('li', {}, button(other))),
          ),
        ),
      ),
    );
  };

  const render = async (id: string) => {
    const a = graph.getNodeAttributes(id);
    const heading = h('h2', { id: 'details-title', tabindex: -1 }, a.name);
    const close = h(
      'button',
      {
        type: 'button',
        class: 'close',
        'aria-label': t('details.close'),
        onclick: () => store.update({ selected: undefined }),
      },
      '×',
    );
    const frame = (...content: Node[]) =>
      panel.replaceChildren(
        close,
        h(
          'p',
          { class: 'kind' },
          `${pageLang() === 'zh' ? t(`kind.${a.kind}`) : kindAppearance[a.kind].label}${a.year !== undefined ? ` · ${a.year}` : ''}`,
        ),
        heading,
        ...content,
      );
    frame(h('p', {}, t('details.loading')));
    panel.hidden = false;
    let record: CaseRecord;
    let publishers: Map<string, string>;
    try {
      ({ record, publishers } = await load(id));
    } catch (error) {
      frame(h('p', { role: 'alert' }, t('details.failed', { error: (error as Error).message })));
      return;
    }
    if (showing !== id) return;
    // On a Chinese page: the record's Chinese where it has it, and a note where it has none yet.
    const zh = pageLang() === 'zh' ? (chineseOf(record) ?? null) : undefined;
    if (zh) heading.textContent = zh.name;
    else if (zh === null) heading.lang = 'en';
    const said = summaryIn(record, pageLang());
    const facts = 'keyFacts' in record ? record.keyFacts : [];
    const english = pageLang() === 'zh' ? { lang: 'en' } : {};
    const sources = 'sources' in record ? record.sources : [];
    const coded = record.kind === 'mechanism' || record.kind === 'measure';
    frame(
      zh === null ? h('p', { class: 'lang-note', role: 'note' }, t('lang.noChinese')) : h('span'),
      said ? h('p', { class: 'summary', ...(said.lang === 'en' ? english : {}) }, said.text) : h('span'),
      facts.length > 0
        ? h(
            'section',
            {},
            h('h3', {}, t('record.keyFacts')),
            pageLang() === 'zh' ? h('p', { class: 'lang-note', role: 'note' }, t('lang.keyFactsEnglish')) : null,
            h(
              'ul',
              english,
              facts.slice(0, 5).map((f) => h('li', {}, f.text)),
            ),
            facts.length > 5 ? h('p', { class: 'hint' }, t('details.more', { count: facts.length - 5 })) : null,
          )
        : h('span'),
      h('section', {}, h('h3', {}, t('details.onMap')), h('dl', english, links(id))),
      sources.length > 0
        ? h(
            'section',
            {},
            h('h3', {}, t('record.sources')),
            h(
              'ol',
              { class: 'sources', ...english },
              sources.slice(0, 6).map((s) => sourceItem(s, publishers)),
            ),
            sources.length > 6 ? h('p', { class: 'hint' }, t('details.more', { count: sources.length - 6 })) : null,
          )
        : h('span'),
      h(
        'p',
        { class: 'actions' },
        h('a', { href: localPath(`/cases/${encodeURIComponent(id)}`) }, t('details.openRecord')),
        coded
          ? [
              ' · ',
              h(
                'a',
                { href: `${localPath('/compare')}?measure=${encodeURIComponent(id)}` },
                t('details.findPrecedents'),
              ),
            ]
          : null,
      ),
    );
    if (wantFocus) heading.focus();
    wantFocus = false;
  };

  store.subscribe((state, previous) => {
    if (state.selected === previous.selected) return;
    showing = state.selected;
    if (state.selected === undefined) {
      const hadFocus = panel.contains(document.activeElement);
      panel.hidden = true;
      panel.replaceChildren();
      if (hadFocus) handlers.onClose();
      return;
    }
    void render(state.selected);
  });
  return { focusWhenReady: () => void (wantFocus = true) };
}
