import { describe, expect, it } from 'vitest';
import { renderAboutPage } from '../../src/api/pages/about-page.ts';
import { realCaseBase } from '../support/case-base.ts';

describe('/about: the scope', () => {
  const caseBase = realCaseBase();

  it('lists every out-of-scope model with why, linking its closest in-scope records by name', async () => {
    const page = String(await renderAboutPage({ caseBase, engineVersion: '0.0.0', lang: 'en' }, 'http://localhost'));
    expect(page).toContain('<h2 id="scope-title">Scope</h2>');
    for (const model of caseBase.outOfScope ?? []) {
      expect(page).toContain(`<tr id="out-of-scope-${model.id}">`);
      for (const id of model.closest) {
        const name = caseBase.records.find((r) => r.id === id)?.name;
        expect(name).toBeDefined();
        expect(page).toContain(`<a href="/cases/${id}">`);
      }
    }
    expect(page).toContain('out-of-scope-manhattan-project');
  });

  it('says nothing of out-of-scope models when the case-base has none', async () => {
    const page = String(
      await renderAboutPage(
        { caseBase: { ...caseBase, outOfScope: undefined }, engineVersion: '0.0.0', lang: 'en' },
        'http://localhost',
      ),
    );
    expect(page).toContain('<h2 id="scope-title">Scope</h2>');
    expect(page).not.toContain('out-of-scope-manhattan-project');
  });
});
