import { engineVersion } from '../../domain/engine-version.ts';
import { lookUpRecord } from '../../domain/record-lookup.ts';
import { createRouter } from '../app-env.ts';
import { recordCitations, today } from '../citations.ts';
import { renderNotFoundPage, renderRecordPage } from './record-page.ts';

export const recordPageRoutes = createRouter().get('/cases/:id', async (c) => {
  const caseBase = c.get('caseBase');
  const id = c.req.param('id');
  const found = lookUpRecord(caseBase, id);
  if (!found) return c.html(renderNotFoundPage(id, caseBase, engineVersion), 404);
  // Ids are cited; a record whose id had to change keeps its old address.
  if (found.formerId) return c.redirect(`/cases/${found.record.id}`, 301);
  const record = found.record;
  const url = new URL(c.req.url);
  // A page without its cite panel is still a page: the failure is logged and the panel says where to look.
  const citations = await recordCitations(c, record, today()).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  return c.html(renderRecordPage(record, caseBase, engineVersion, `${url.origin}/cases/${record.id}`, citations));
});
