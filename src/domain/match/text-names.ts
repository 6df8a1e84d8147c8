/**
 * The names a query can call a record by: its name and short name (without the bracketed year), the
 * acronyms its short name gives in brackets ("INCSEA", "JVE"), its common names ("Ottawa Treaty", "the
 * Hotline") and its id. A one-word name that is also an ordinary word of the case-base ("FIRST", "the
 * Hotline") names the record only when written with its capitals; "IPCC" or "CERN" in any case.
 */
import type { CaseRecord, CompiledCaseBase, Event, Mechanism } from '../schema.ts';
import { functionWords } from './text-patterns.ts';
import { chineseOf } from '../i18n/record-names.ts';
import { hanRunEnd, hasHan } from './text-han.ts';
import { withoutContained } from './text-spans.ts';
import { type Tokens, stems } from './text-tokens.ts';

export interface RecordName {
  id: string;
  stems: string[];
  /** Set when the name must be written exactly so (capitals included) to count. */
  caseSensitive?: string;
}

export interface NamedRecord {
  phrase: string;
  id: string;
  start: number;
  end: number;
}

/** Precedents and events can be named; a proposed measure is what the query itself describes. */
type Nameable = Mechanism | Event;
const named = (r: CaseRecord): r is Nameable => r.kind === 'mechanism' || r.kind === 'event';

function namesOf(record: Nameable): string[] {
  const out = [record.name, record.shortName, record.id];
  for (const name of [record.name, record.shortName]) {
    out.push(name.replace(/\s*\([^)]*\)/g, ''));
    for (const bracket of name.matchAll(/\(([^)]*)\)/g))
      for (const part of bracket[1].split(/[,;]\s*/)) if (/^[A-Z][A-Z0-9/-]+$/.test(part.trim())) out.push(part.trim());
  }
  out.push(...record.commonNames);
  // The record's Chinese name and short name (issue #12).
  const zh = chineseOf(record);
  for (const name of [zh?.name, zh?.shortName]) if (name) out.push(name, name.replace(/[（(][^）)]*[）)]/g, ''));
  return [...new Set(out.map((n) => n.trim()).filter(Boolean))];
}

const cache = new WeakMap<CompiledCaseBase, Map<string, RecordName[]>>();

/** Chinese names are matched by their characters at every word (see hanRunEnd), so they share one key. */
const chineseKey = '\u0000zh';

/** Every name of every record, by its first stem (Chinese names under one key of their own). */
export function recordNames(caseBase: CompiledCaseBase): Map<string, RecordName[]> {
  const cached = cache.get(caseBase);
  if (cached) return cached;
  // Words the case-base itself writes in lower case are ordinary words, not names.
  const ordinary = new Set<string>();
  for (const r of caseBase.records) {
    const prose = ['summary' in r ? r.summary : '', ...('keyFacts' in r ? r.keyFacts.map((f) => f.text) : [])].join(
      ' ',
    );
    for (const w of prose.match(/\b[a-z][a-z-]*\b/g) ?? []) ordinary.add(w);
  }
  const byFirst = new Map<string, RecordName[]>();
  for (const record of caseBase.records.filter(named))
    for (const name of namesOf(record)) {
      if (hasHan(name)) {
        const list = byFirst.get(chineseKey) ?? byFirst.set(chineseKey, []).get(chineseKey)!;
        const spelled = stems(name).join('');
        if (!list.some((e) => e.id === record.id && e.stems[0] === spelled))
          list.push({ id: record.id, stems: [spelled] });
        continue;
      }
      const all = stems(name);
      const s = all[0] === 'the' ? all.slice(1) : all;
      const content = s.filter((w) => !functionWords.has(w));
      if (content.length === 0) continue;
      const word = name.replace(/^the\s+/i, '');
      const single = content.length === 1 && !/\d/.test(name);
      const entry: RecordName = { id: record.id, stems: s };
      if (single && ordinary.has(word.toLowerCase())) {
        // An ordinary word names a record only when written with the name's capitals.
        if (word === word.toLowerCase()) continue;
        entry.caseSensitive = word;
      }
      if (!byFirst.has(s[0])) byFirst.set(s[0], []);
      const list = byFirst.get(s[0])!;
      if (!list.some((e) => e.id === entry.id && e.stems.join(' ') === s.join(' '))) list.push(entry);
    }
  cache.set(caseBase, byFirst);
  return byFirst;
}

/**
 * The records the query names, longest name first; a name inside a longer one found at the same place
 * ("Incidents at Sea Agreement" inside "UK–USSR Incidents at Sea Agreement") gives way to it.
 */
export function findNamedRecords(caseBase: CompiledCaseBase, { tokens, words, slice }: Tokens): NamedRecord[] {
  const names = recordNames(caseBase);
  const found: NamedRecord[] = [];
  tokens.forEach((token, i) => {
    for (const name of names.get(chineseKey) ?? []) {
      const end = hanRunEnd(tokens, i, name.stems[0]);
      if (end >= 0) found.push({ phrase: slice(tokens[i].word, tokens[end].word), id: name.id, start: i, end });
    }
    for (const name of names.get(token.stem) ?? []) {
      const end = i + name.stems.length - 1;
      if (end >= tokens.length) continue;
      if (!name.stems.every((s, k) => tokens[i + k].stem === s && (k === 0 || !tokens[i + k].sentenceBreak))) continue;
      if (name.caseSensitive && words[tokens[end].word].replace(/['’]s$/, '') !== name.caseSensitive) continue;
      const phrase = slice(tokens[i].word, tokens[end].word);
      found.push({ phrase, id: name.id, start: i, end });
    }
  });
  const kept = withoutContained(found, (f) => f);
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
    .filter((f) => !seen.has(f.id) && seen.add(f.id));
}
