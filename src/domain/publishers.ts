/**
 * The publisher registry as the rest of the code reads it: a source names its publisher by id, and pages,
 * exports and citations print the registry's name for it. Also the rule that decides whether a URL is the
 * publisher's own address, shared by the compile step and its tests.
 */
import type { CompiledCaseBase, Publisher, Source } from './schema.ts';

const indexes = new WeakMap<readonly Publisher[], Map<string, Publisher>>();

function indexOf(publishers: readonly Publisher[]): Map<string, Publisher> {
  let index = indexes.get(publishers);
  if (!index) {
    index = new Map(publishers.map((p) => [p.id, p]));
    indexes.set(publishers, index);
  }
  return index;
}

export function publisherOf(
  caseBase: Pick<CompiledCaseBase, 'publishers'>,
  id: string | undefined,
): Publisher | undefined {
  return id === undefined ? undefined : indexOf(caseBase.publishers).get(id);
}

/** The display name of a source's publisher (the id itself if the registry lacks it, which compile forbids). */
export function publisherName(
  caseBase: Pick<CompiledCaseBase, 'publishers'>,
  source: Pick<Source, 'publisher'>,
): string | undefined {
  if (source.publisher === undefined) return undefined;
  return publisherOf(caseBase, source.publisher)?.name ?? source.publisher;
}

/**
 * A source as one line of prose: author, title, publisher, date and collection references, in the order a
 * bibliography gives them. The URL is left to the caller, which links it.
 */
export function sourceText(caseBase: Pick<CompiledCaseBase, 'publishers'>, source: Source): string {
  const parts = [
    source.author,
    source.title,
    publisherName(caseBase, source),
    source.issued,
    source.collections?.join('; '),
  ];
  return parts.filter((p): p is string => p !== undefined && p !== '').join('. ');
}

/** Labels of a host that mark a copy of a site that is not the public one. */
const nonPublicLabel =
  /^(?:stage|staging|dev|develop|test|testing|admin|manage|preview|beta|qa|uat|sandbox)$|^(?:dev|stage|staging|test)-|-(?:dev|stage|staging|test)$/;

/** Why a host can never be a publisher's own address, or undefined if it can. */
export function unpublishableHost(host: string): string | undefined {
  if (host.endsWith('.')) return 'a host name with a trailing dot; write it without the dot';
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('['))
    return "a bare IP address, not a publisher's host name";
  const labels = host.split('.');
  const bad = labels.slice(0, -2).find((l) => nonPublicLabel.test(l));
  if (bad) return `a "${bad}" host (staging, development, test or admin), not the publisher's public site`;
  return undefined;
}

/** Is the host one of the publisher's hosts, or a subdomain of one ("www.", "nuke.fas.org" under "fas.org")? */
export function hostBelongsTo(host: string, publisher: Publisher): boolean {
  const h = host.toLowerCase();
  return publisher.hosts.some((own) => h === own || h.endsWith(`.${own}`));
}
