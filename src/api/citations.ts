/**
 * Citations as the API and the record pages serve them: CSL-JSON built here from the domain, the four
 * rendered formats filled in from the build-time templates with this site's address and the access date.
 */
import { utcDay } from '../domain/calendar-date.ts';
import { currentRelease } from '../domain/releases.ts';
import type { Context } from 'hono';
import {
  comparisonCitation,
  cslJsonText,
  datasetCitation,
  recordCitation,
  type CitationContext,
  citedComparison,
} from '../domain/cite/csl.ts';
import { subjectLookup } from '../domain/cite/comparison-subject.ts';
import type { CitationFormat } from '../domain/cite/formats.ts';
import { fillAll, type RecordCitationTemplates } from '../domain/cite/template.ts';
import { engineVersion } from '../domain/engine-version.ts';
import type { Permalink } from '../domain/permalink.ts';
import type { CaseRecord } from '../domain/schema.ts';
import type { AppEnv } from './app-env.ts';

export type CitationSet = Record<CitationFormat, string>;

/** Today in UTC as YYYY-MM-DD: the access date when the request names none, and the day a permalink is made. */
export const today = () => utcDay(new Date());

const siteOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;

function context(c: Context<AppEnv>, accessed: string): CitationContext {
  const caseBase = c.get('caseBase');
  const release = currentRelease(caseBase);
  return {
    site: siteOf(c),
    accessed,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    ...(release ? { release: { name: release.name, date: release.date } } : {}),
  };
}

/** Templates of another dataset version would cite the wrong data: a build mistake, reported as such. */
function checkVersion(templates: { datasetVersion: string }, c: Context<AppEnv>) {
  if (templates.datasetVersion !== c.get('caseBase').datasetVersion)
    throw new Error(
      `citations: templates were rendered for dataset ${templates.datasetVersion}, but ${c.get('caseBase').datasetVersion} is served; rebuild`,
    );
}

export interface RecordCitations {
  accessed: string;
  entry: CitationSet;
  primarySources: { id: string; title: string; citation: CitationSet }[];
}

export async function recordCitations(
  c: Context<AppEnv>,
  record: CaseRecord,
  accessed: string,
): Promise<RecordCitations> {
  const templates: RecordCitationTemplates | undefined = await c.get('citations').record(record.id);
  if (!templates) throw new Error(`citations: no templates for record ${record.id}; rebuild`);
  checkVersion(templates, c);
  const ctx = context(c, accessed);
  return {
    accessed,
    entry: { 'csl-json': cslJsonText([recordCitation(record, ctx)]), ...fillAll(templates.entry, ctx) },
    primarySources: templates.primarySources.map((s) => ({
      id: s.id,
      title: s.title,
      citation: { 'csl-json': cslJsonText([s.csl]), ...s.rendered },
    })),
  };
}

export async function datasetCitations(c: Context<AppEnv>, accessed: string): Promise<CitationSet> {
  const shared = await c.get('citations').shared();
  checkVersion(shared, c);
  const ctx = context(c, accessed);
  return { 'csl-json': cslJsonText([datasetCitation(ctx)]), ...fillAll(shared.dataset, ctx) };
}

/**
 * A permalink cites the versions it pins, whichever are served now, names what it compared (the measure
 * as the served case-base names it) and is dated by the day it was made, if it says.
 */
export async function comparisonCitations(
  c: Context<AppEnv>,
  permalink: Permalink,
  accessed: string,
): Promise<CitationSet> {
  const shared = await c.get('citations').shared();
  const comparison = citedComparison(permalink, siteOf(c), subjectLookup(c.get('caseBase')));
  const values = {
    site: siteOf(c),
    accessed,
    comparisonId: comparison.id,
    comparisonUrl: comparison.url,
    datasetVersion: comparison.datasetVersion,
    engineVersion: comparison.engineVersion,
    comparisonSubject: comparison.subject,
    ...(comparison.created !== undefined ? { comparisonCreated: comparison.created } : {}),
  };
  const template = comparison.created !== undefined ? shared.comparisonDated : shared.comparison;
  return { 'csl-json': cslJsonText([comparisonCitation(comparison, accessed)]), ...fillAll(template, values) };
}
