/**
 * Builds the citation templates the Worker fills (see src/domain/cite/template.ts): every record's entry
 * and primary sources, the dataset and the comparison citation, rendered by citation-js with sentinels.
 */
import { currentRelease } from '../domain/releases.ts';
import { comparisonCitation, datasetCitation, recordCitation, type CitationContext } from '../domain/cite/csl.ts';
import { primarySourceCitations } from '../domain/cite/sources.ts';
import { sentinels, type RecordCitationTemplates, type SharedCitationTemplates } from '../domain/cite/template.ts';
import type { CaseRecord, CompiledCaseBase } from '../domain/schema.ts';
import { renderAll } from './render.ts';

const sentinelContext = (caseBase: CompiledCaseBase, engineVersion: string): CitationContext => {
  const release = currentRelease(caseBase);
  return {
    site: sentinels.site,
    accessed: sentinels.accessed,
    datasetVersion: caseBase.datasetVersion,
    engineVersion,
    ...(release ? { release: { name: release.name, date: release.date } } : {}),
  };
};

export function recordTemplates(
  record: CaseRecord,
  caseBase: CompiledCaseBase,
  engineVersion: string,
): RecordCitationTemplates {
  return {
    datasetVersion: caseBase.datasetVersion,
    entry: renderAll([recordCitation(record, sentinelContext(caseBase, engineVersion))]),
    primarySources: primarySourceCitations(caseBase, record).map(({ source, item }) => ({
      id: source.id,
      title: source.title,
      csl: item,
      rendered: renderAll([item]),
    })),
  };
}

const sentinelComparison = {
  id: sentinels.comparisonId,
  url: sentinels.comparisonUrl,
  datasetVersion: sentinels.datasetVersion,
  engineVersion: sentinels.engineVersion,
  subject: sentinels.comparisonSubject,
};

export function sharedTemplates(caseBase: CompiledCaseBase, engineVersion: string): SharedCitationTemplates {
  return {
    datasetVersion: caseBase.datasetVersion,
    dataset: renderAll([datasetCitation(sentinelContext(caseBase, engineVersion))]),
    comparison: renderAll([comparisonCitation(sentinelComparison, sentinels.accessed)]),
    comparisonDated: renderAll([
      comparisonCitation({ ...sentinelComparison, created: sentinels.comparisonCreated }, sentinels.accessed),
    ]),
  };
}
