import type { Context } from 'hono';
import { engineVersion } from '../../domain/engine-version.ts';
import type { Lang } from '../../domain/i18n/lang.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import { createRouter, type AppEnv } from '../app-env.ts';
import { recordCitations, today } from '../citations.ts';
import { renderNotFoundPage, renderRecordPage } from './record-page.ts';

/** A record's page in a language: /cases/{id} in English, /zh/cases/{id} in Chinese. */
async function recordPage(c: Context<AppEnv>, lang: Lang) {
  const caseBase = c.get('caseBase');
  const id = c.req.param('id') ?? '';
  const prefix = lang === 'zh' ? '/zh' : '';
  const found = lookUpRecord(caseBase, id);
  if (!found) return c.html(renderNotFoundPage(id, caseBase, engineVersion, lang), 404);
  // Ids are cited; a record whose id had to change keeps its old address.
  if (found.formerId) return c.redirect(`${prefix}/cases/${found.record.id}`, 301);
  const record = found.record;
  const url = new URL(c.req.url);
  // A page without its cite panel is still a page: the failure is logged and the panel says where to look.
  const citations = await recordCitations(c, record, today()).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  const pageUrl = `${url.origin}${prefix}/cases/${record.id}`;
  return c.html(renderRecordPage(record, caseBase, engineVersion, pageUrl, citations, lang));
}

export const recordPageRoutes = createRouter()
  .get('/cases/:id', (c) => recordPage(c, 'en'))
  .get('/zh/cases/:id', (c) => recordPage(c, 'zh'));
