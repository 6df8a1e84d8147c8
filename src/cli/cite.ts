import { isCalendarDate, utcDay } from '../domain/calendar-date.ts';
import { currentRelease } from '../domain/releases.ts';
import { parseArgs } from 'node:util';
import { renderCitation } from '../citation-renderer/render.ts';
import { subjectLookup } from '../domain/cite/comparison-subject.ts';
import {
  citedComparison,
  comparisonCitation,
  datasetCitation,
  recordCitation,
  type CitationContext,
  type CslItem,
} from '../domain/cite/csl.ts';
import { primarySourceCitations } from '../domain/cite/sources.ts';
import { citationFormats } from '../domain/cite/formats.ts';
import { engineVersion } from '../domain/engine-version.ts';
import { parsePermalink } from '../domain/permalink.ts';
import { lookUpRecord } from '../domain/record-lookup.ts';
import { CliError, formerIdNote, loadOrExplain, oneOf, type CommandResult } from './command.ts';

/** The site the citations point at: --site, else PRECEDENTS_SITE_URL, else the local server of `npm start`. */
export function siteOption(value: string | undefined): { site: string; defaulted: boolean } {
  const raw = value ?? process.env.PRECEDENTS_SITE_URL;
  if (raw === undefined) return { site: 'http://localhost:8787', defaulted: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`--site must be a URL such as https://precedents.example; got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new CliError(`--site must be an http(s) URL; got "${raw}"`);
  return { site: url.origin, defaulted: false };
}

export function accessedOption(value: string | undefined): string {
  if (value === undefined) return utcDay(new Date());
  if (!isCalendarDate(value)) throw new CliError(`--accessed must be a date written YYYY-MM-DD; got "${value}"`);
  return value;
}

/** A permalink as given: a full URL, a path (/compare?…) or just its query string. */
export function permalinkOption(text: string) {
  const search = text.includes('?') ? text.slice(text.indexOf('?')) : text;
  const parsed = parsePermalink(search);
  if (!parsed.ok)
    throw new CliError(`not a permalink: ${parsed.problems.map((p) => `${p.param}: ${p.message}`).join('; ')}`);
  return parsed.permalink;
}

/**
 * `cite <id> | --dataset | --permalink URL [--format F] [--source ID] [--accessed YYYY-MM-DD] [--site URL]`
 * The citation goes to stdout, ready to paste; hints (the record's primary sources, the site used) go to stderr.
 */
export function runCite(args: string[]): CommandResult {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      dataset: { type: 'boolean', default: false },
      permalink: { type: 'string' },
      source: { type: 'string' },
      accessed: { type: 'string' },
      site: { type: 'string' },
      cases: { type: 'string', default: 'cases' },
    },
    allowPositionals: true,
    strict: true,
  });
  const format = oneOf(values.format, citationFormats, '--format', 'chicago');
  const targets = [positionals.length > 0, values.dataset, values.permalink !== undefined].filter(Boolean).length;
  if (positionals.length > 1 || targets !== 1)
    throw new CliError('cite one thing: a record id, --dataset, or --permalink URL');
  const accessed = accessedOption(values.accessed);
  const { site, defaulted } = siteOption(values.site);
  const hints: string[] = defaulted
    ? [`note: links point at ${site}; pass --site URL (or set PRECEDENTS_SITE_URL) for the public address`]
    : [];

  let items: CslItem[];
  if (values.permalink !== undefined) {
    if (values.source !== undefined) throw new CliError('--source goes with a record id');
    const permalink = permalinkOption(values.permalink);
    // The served case-base names the measure the permalink compared.
    const lookup = subjectLookup(loadOrExplain(values.cases));
    items = [comparisonCitation(citedComparison(permalink, site, lookup), accessed)];
  } else {
    const caseBase = loadOrExplain(values.cases);
    const release = currentRelease(caseBase);
    const ctx: CitationContext = {
      site,
      accessed,
      datasetVersion: caseBase.datasetVersion,
      engineVersion,
      ...(release ? { release: { name: release.name, date: release.date } } : {}),
    };
    if (values.dataset) {
      if (values.source !== undefined) throw new CliError('--source goes with a record id');
      items = [datasetCitation(ctx)];
    } else {
      const id = positionals[0];
      const found = lookUpRecord(caseBase, id);
      if (!found) return { stderr: `precedents cite: no record with id "${id}"`, exitCode: 1 };
      const record = found.record;
      if (found.formerId) hints.push(formerIdNote(id, record.id));
      const primary = primarySourceCitations(caseBase, record);
      if (values.source !== undefined) {
        const source = primary.find((p) => p.source.id === values.source);
        if (!source)
          throw new CliError(
            `"${record.id}" has no primary source "${values.source}"; its primary sources are ${primary.map((p) => p.source.id).join(', ') || 'none'}`,
          );
        items = [source.item];
      } else {
        items = [recordCitation(record, ctx)];
        for (const p of primary)
          hints.push(`primary source beside it: ${p.source.title} — cite it with --source ${p.source.id}`);
      }
    }
  }
  return {
    stdout: renderCitation(items, format),
    ...(hints.length > 0 ? { stderr: hints.join('\n') } : {}),
    exitCode: 0,
  };
}
