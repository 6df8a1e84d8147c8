import { engineVersion } from '../../domain/engine-version.ts';
import { createRouter } from '../app-env.ts';
import { recordCitations, today } from '../citations.ts';
import { renderNotFoundPage, renderRecordPage } from './record-page.ts';

export const recordPages = createRouter().get('/cases/:id', async (c) => {
  const caseBase = c.get('caseBase');
  const id = c.req.param('id');
  const record = caseBase.records.find((r) => r.id === id);
  if (!record) {
    // Ids are cited; a record whose id had to change keeps its old address.
    const renamed = caseBase.records.find((r) => 'aliases' in r && r.aliases.includes(id));
    if (renamed) return c.redirect(`/cases/${renamed.id}`, 301);
    return c.html(renderNotFoundPage(id, caseBase, engineVersion), 404);
  }
  const url = new URL(c.req.url);
  // A page without its cite panel is still a page: the failure is logged and the panel says where to look.
  const citations = await recordCitations(c, record, today()).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  return c.html(renderRecordPage(record, caseBase, engineVersion, `${url.origin}/cases/${record.id}`, citations));
});
