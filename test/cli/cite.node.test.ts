/** The cite and permalink commands, run as a user runs them. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/citation-renderer/render.ts';
import { currentRelease } from '../../src/domain/releases.ts';
import { realCaseBase } from '../support/case-base.ts';

// A named release dates the entry (and Chicago then omits the access date); unreleased content has n.d.
const served = currentRelease(realCaseBase());
const version = realCaseBase().datasetVersion;
const dated = served
  ? {
      chicago: `${served.date.slice(0, 4)}.`,
      apa: `(${served.date.slice(0, 4)}`,
      by: `release ${served.name} (dataset version ${version})`,
      accessed: '',
    }
  : { chicago: 'n.d.', apa: '(n.d.)', by: `dataset version ${version}`, accessed: 'Accessed February 3, 2026. ' };

const tsx = join('node_modules', '.bin', 'tsx');
const cli = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** The command for a site at a public address, which citations and permalinks then name. */
const onSite = (...args: string[]) => cli(...args, '--site', 'https://precedents.example');

describe('cite', () => {
  it('prints a record in each of the five formats, with the primary sources named on stderr', () => {
    const chicago = onSite('cite', 'us-ussr-hotline-mou-1963', '--accessed', '2026-02-03');
    expect(chicago.status).toBe(0);
    expect(chicago.stdout).toBe(
      `Precedents contributors. ${dated.chicago} “Memorandum of Understanding Regarding the Establishment of a Direct Communications Link.” ` +
        `Case record. Precedents, ${dated.by}. ${dated.accessed}https://precedents.example/cases/us-ussr-hotline-mou-1963.\n`,
    );
    expect(chicago.stderr).toContain('cite it with --source state-mou');
    const bibtex = onSite('cite', 'us-ussr-hotline-mou-1963', '--format', 'bibtex');
    expect(parseCitation(bibtex.stdout)[0]).toMatchObject({
      'citation-key': 'precedents_us_ussr_hotline_mou_1963',
      URL: 'https://precedents.example/cases/us-ussr-hotline-mou-1963',
    });
    const ris = cli('cite', 'us-ussr-hotline-mou-1963', '--format', 'ris', '--source', 'state-mou');
    expect(parseCitation(ris.stdout)[0]).toMatchObject({ URL: 'https://www.state.gov/s/rga/resources/267538.htm' });
    const csl = JSON.parse(cli('cite', 'jve-1988', '--format', 'csl-json', '--accessed', '2026-02-03').stdout);
    expect(csl[0]).toMatchObject({ type: 'dataset', accessed: { 'date-parts': [[2026, 2, 3]] } });
    expect(cli('cite', 'jve-1988', '--format', 'apa').stdout.startsWith(`Precedents contributors. ${dated.apa}`)).toBe(
      true,
    );
  });

  it('cites the dataset and a comparison by its permalink', () => {
    expect(cli('cite', '--dataset', '--accessed', '2026-02-03').stdout).toContain(
      `Dataset. Precedents, ${dated.by}. ${dated.accessed}`,
    );
    const permalink = 'https://precedents.example/compare?m=ai-crisis-hotline&s=1&v=0123456789ab&e=1.0.0';
    const run = onSite('cite', '--permalink', permalink, '--format', 'bibtex');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`url = {${permalink}}`);
    expect(run.stdout).toContain('publisher = {Precedents, dataset version 0123456789ab, engine version 1.0.0}');
  });

  it('says what is wrong', () => {
    expect(cli('cite', 'no-such-record').status).toBe(1);
    expect(cli('cite', 'jve-1988', '--format', 'mla').stderr).toContain(
      '--format must be one of csl-json, bibtex, ris, chicago, apa, gb-t-7714; got "mla"',
    );
    expect(cli('cite', 'jve-1988', '--accessed', '2026-02-30').stderr).toContain(
      '--accessed must be a date written YYYY-MM-DD',
    );
    expect(cli('cite', '--permalink', 'm=x&s=1').stderr).toContain(
      'not a permalink: v: the pinned dataset version is required',
    );
    expect(cli('cite', 'jve-1988', '--dataset').stderr).toContain('cite one thing');
  });
});

describe('permalink', () => {
  it('makes a permalink, and opening it reproduces the pinned result', () => {
    const made = onSite('permalink', '--make', '--measure', 'ai-crisis-hotline', '--preset', 'function', '--seed', '5');
    expect(made.status).toBe(0);
    const url = made.stdout.trim();
    expect(url).toMatch(
      /^https:\/\/precedents\.example\/compare\?m=ai-crisis-hotline&p=function&s=5&v=[0-9a-f]{12}&e=\d+\.\d+\.\d+&d=\d{4}-\d{2}-\d{2}$/,
    );
    const opened = cli('permalink', url);
    expect(opened.status).toBe(0);
    expect(opened.stdout).toMatch(/^Reproduced: this permalink pins dataset version [0-9a-f]{12}/);
    const json = JSON.parse(cli('permalink', url, '--format', 'json').stdout);
    const direct = JSON.parse(
      cli('match', '--measure', 'ai-crisis-hotline', '--preset', 'function', '--seed', '5', '--format', 'json').stdout,
    );
    expect(json.result.results).toEqual(direct.results);
  });

  it('dates a permalink by --date, and its citation names the measure, the date and a change of weights', () => {
    const make = ['permalink', '--make', '--measure', 'ai-crisis-hotline', '--weights', '{"track":9}'];
    const made = onSite(...make, '--date', '2026-03-04');
    expect(made.status).toBe(0);
    const url = made.stdout.trim();
    expect(url).toMatch(/&d=2026-03-04$/);
    // The same query and date make the same permalink, byte for byte.
    expect(onSite(...make, '--date', '2026-03-04').stdout).toBe(made.stdout);
    const apa = cli('cite', '--permalink', url, '--format', 'apa', '--accessed', '2026-05-06').stdout;
    expect(apa).toMatch(/^Precedents contributors\. \(2026\)\. AI crisis hotline \(modified\): computed comparison/);
    const bibtex = cli('cite', '--permalink', url, '--format', 'bibtex').stdout;
    expect(bibtex).toContain('month = {mar 4}');
    expect(cli('permalink', '--make', '--measure', 'ai-crisis-hotline', '--date', '2026-02-30').stderr).toContain(
      '--date must be a date written YYYY-MM-DD',
    );
  });

  it('says plainly when the dataset has changed since', () => {
    const opened = cli('permalink', '/compare?m=ai-crisis-hotline&s=1&v=000000000000&e=1.0.0');
    expect(opened.stdout).toMatch(
      /^Not the pinned result: this permalink was made on dataset version 000000000000 \(dataset version [0-9a-f]{12} is served here\)/,
    );
    expect(opened.stdout).toContain('Current result');
  });
});
