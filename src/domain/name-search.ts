/**
 * Finding a record by what a reader calls it: its name, short name, common names ("Caribbean crisis",
 * "the Hotline") or id, forgiving typos ("Cuban missle crisis") and unfinished words ("Incid"). Used by
 * the explorer's search box and by the list's words filter. Pure, and deterministic: ties go by id.
 */
import MiniSearch from 'minisearch';

export interface NamedRecord {
  id: string;
  name: string;
  shortName?: string;
  commonNames?: readonly string[];
}

/** Words that name nothing: dropped from names and queries alike, so "the Hotline" finds "Hotline". */
const stopWords = new Set(['the', 'a', 'an', 'of', 'on', 'and', 'in', 'for', 'to', 'at', 'de', 'la', 'le']);

const processTerm = (term: string) => {
  const t = term.toLowerCase();
  return stopWords.has(t) ? null : t;
};

export type NameSearch = (query: string, limit?: number) => string[];

const han = /\p{Script=Han}/u;

/**
 * Chinese is written without spaces, so a word index has no words to match: a query with Chinese in it is
 * looked for as written inside every name — a name that is the query first, then one that begins with it,
 * then one that holds it; the shorter name first, then by id. "热线" finds every hotline, "古巴导弹危机" the crisis.
 */
function searchInside(records: readonly NamedRecord[], query: string): string[] {
  const q = query.toLowerCase();
  const ranked: { id: string; rank: number; length: number }[] = [];
  for (const r of records) {
    let best: { rank: number; length: number } | undefined;
    for (const name of [r.name, r.shortName, ...(r.commonNames ?? [])]) {
      const n = name?.trim().toLowerCase();
      if (!n?.includes(q)) continue;
      const rank = n === q ? 0 : n.startsWith(q) ? 1 : 2;
      if (!best || rank < best.rank || (rank === best.rank && n.length < best.length))
        best = { rank, length: n.length };
    }
    if (best) ranked.push({ id: r.id, ...best });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.length - b.length || a.id.localeCompare(b.id)).map((r) => r.id);
}

export function createNameSearch(records: readonly NamedRecord[]): NameSearch {
  const index = new MiniSearch<{ id: string; name: string; shortName: string; commonNames: string; key: string }>({
    fields: ['name', 'shortName', 'commonNames', 'key'],
    storeFields: [],
    processTerm,
    // Ids are hyphenated words ("us-ussr-incsea-1972"): searchable word by word.
    tokenize: (text) => text.split(/[\s\p{P}–—]+/u).filter(Boolean),
  });
  index.addAll(
    records.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName ?? '',
      commonNames: (r.commonNames ?? []).join(' · '),
      key: r.id,
    })),
  );
  const exactNames = new Map<string, string>();
  for (const r of records)
    for (const n of [r.id, r.name, r.shortName, ...(r.commonNames ?? [])])
      if (n !== undefined && !exactNames.has(n.trim().toLowerCase())) exactNames.set(n.trim().toLowerCase(), r.id);

  return (query, limit = Infinity) => {
    const q = query.trim().replace(/^the\s+/i, '');
    if (!q) return [];
    if (han.test(q)) return searchInside(records, q).slice(0, limit);
    const exact = exactNames.get(query.trim().toLowerCase()) ?? exactNames.get(q.toLowerCase());
    const results = index
      .search(q, {
        boost: { name: 2, shortName: 2, commonNames: 2 },
        prefix: (term) => term.length >= 3,
        // One typo in a word of five letters or more, two from ten: "missle" finds "missile".
        fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
        combineWith: 'AND',
      })
      .sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)))
      .map((r) => String(r.id));
    const ids = exact !== undefined ? [exact, ...results.filter((id) => id !== exact)] : results;
    return ids.slice(0, limit);
  };
}
