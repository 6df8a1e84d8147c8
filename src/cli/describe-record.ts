/** A record as plain text for the terminal: what a reader needs first, then the coding with its reasons. */
import { sourceText } from '../domain/publishers.ts';
import { indexCodebook } from '../domain/codebook-index.ts';
import { featureTypeDefinitions } from '../domain/feature-types/index.ts';
import type { CaseRecord, CompiledCaseBase } from '../domain/schema.ts';

export function describeRecord(record: CaseRecord, caseBase: CompiledCaseBase): string {
  const index = indexCodebook(caseBase.codebook);
  const lines: string[] = [`${record.name}`, `${record.id} · ${record.kind}`];
  if ('year' in record && record.year !== undefined) {
    const span = [`${record.year}`];
    if ('inForceYear' in record && record.inForceYear !== undefined) span.push(`in force ${record.inForceYear}`);
    if ('endYear' in record && record.endYear !== undefined) span.push(`ended ${record.endYear}`);
    lines.push(span.join(' · '));
  }
  if ('status' in record) lines.push(`status: ${record.status}`);
  if ('parties' in record && record.parties.length > 0) lines.push(`parties: ${record.parties.join(', ')}`);
  if ('summary' in record) lines.push('', record.summary);
  if ('keyFacts' in record && record.keyFacts.length > 0) {
    lines.push('', 'Key facts:');
    for (const fact of record.keyFacts) lines.push(`  - ${fact.text} [${fact.sources.join(', ')}]`);
  }
  if ('coding' in record) {
    lines.push('', 'Coding:');
    for (const feature of index.features) {
      const coded = record.coding[feature.id];
      if (!coded) continue;
      const featureIndex = index.byId.get(feature.id)!;
      const value = featureTypeDefinitions[feature.type].describe(featureIndex, coded.value);
      const from = coded.inheritedFrom ? ` (from ${coded.inheritedFrom})` : '';
      lines.push(`  ${feature.label}: ${value} [${coded.confidence}]${from}${coded.note ? ` — ${coded.note}` : ''}`);
    }
  }
  if ('sources' in record) {
    lines.push('', 'Sources:');
    for (const s of record.sources)
      lines.push(`  [${s.id}] ${sourceText(caseBase, s)}${s.url ? ` <${s.url}>` : ''} (${s.kind})`);
  }
  return lines.join('\n');
}
