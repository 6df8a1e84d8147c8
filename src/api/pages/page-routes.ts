/** The server-rendered pages besides the record pages: the list of every record and the about page. */
import { engineVersion } from '../../domain/engine-version.ts';
import { createRouter } from '../app-env.ts';
import { datasetCitations, today } from '../citations.ts';
import { renderAboutPage } from './about-page.ts';
import { renderListPage } from './list-page.ts';
import { renderReleasesPage } from './releases-page.ts';

export const sitePageRoutes = createRouter()
  .get('/list', (c) => {
    const q = (name: string) => c.req.query(name);
    return c.html(
      renderListPage(c.get('caseBase'), { q: q('q'), kind: q('kind'), family: q('family'), domain: q('domain'), from: q('from'), to: q('to'), sort: q('sort'), dir: q('dir') }, engineVersion),
    );
  })
  .get('/releases', (c) => c.html(renderReleasesPage(c.get('caseBase'), engineVersion)))
  .get('/about', async (c) => {
    // The page stands without its citation panel; the failure is logged and the section points to the API.
    const citation = await datasetCitations(c, today()).catch((error: unknown) => {
      console.error(error);
      return undefined;
    });
    return c.html(renderAboutPage(c.get('caseBase'), engineVersion, new URL(c.req.url).origin, citation));
  });
