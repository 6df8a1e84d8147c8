/**
 * What every server-rendered page is drawn from: the case-base served, the engine's version (both named in
 * the footer and in citations) and the page's language. One value, so no page takes them in its own order.
 */
import type { Lang } from '../../domain/i18n/lang.ts';
import type { CompiledCaseBase } from '../../domain/schema.ts';

export interface PageContext {
  caseBase: CompiledCaseBase;
  engineVersion: string;
  lang: Lang;
}
