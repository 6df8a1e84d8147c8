import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
// The export is several megabytes; spawnSync's default 1 MB buffer would cut it short.
const cli = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const scratch = mkdtempSync(join(tmpdir(), 'precedents-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a batch file of queries (one JSON document a line) and runs `match --batch` on it. */
function batch(name: string, queries: string, ...options: string[]) {
  const file = join(scratch, name);
  writeFileSync(file, queries);
  return cli('match', '--batch', file, ...options);
}
/** What a batch answers: one JSON document a line. */
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('validate', () => {
  it('passes on the real case-base', () => {
    const run = cli('validate');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^cases: \d+ records valid \(/);
  });

  it('fails on a broken case file and names file, line and field', () => {
    const dir = join(scratch, 'broken');
    cpSync('cases', dir, { recursive: true });
    const path = join(dir, 'mechanisms', 'jve-1988.yaml');
    const text = execFileSync('cat', [path], { encoding: 'utf8' }).replace('  track: 1\n', '  track: 3\n');
    writeFileSync(path, text);
    const line = text.split('\n').indexOf('  track: 3') + 1;
    const run = cli('validate', '--cases', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${dir}/mechanisms/jve-1988.yaml:${line} coding.track: expected one of 2, 1.5, 1; got 3`,
    );
    expect(run.stderr).toMatch(/1 problem\(s\) in /);
  });

  it('says clearly when the folder does not exist', () => {
    const run = cli('validate', '--cases', join(scratch, 'nowhere'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no case-base folder at /);
  });
});

describe('show', () => {
  it('prints a record as text with its coding and sources', () => {
    const run = cli('show', 'us-ussr-hotline-mou-1963');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Memorandum of Understanding Regarding the Establishment of a Direct Communications Link',
    );
    expect(run.stdout).toMatch(/Function: communication link \[high\]/);
    expect(run.stdout).toContain('https://www.state.gov/s/rga/resources/267538.htm');
  });

  it('prints a record as JSON with the dataset version', () => {
    const run = cli('show', 'jve-1988', '--format', 'json');
    const body = JSON.parse(run.stdout);
    expect(body.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(body.record).toMatchObject({ id: 'jve-1988', kind: 'mechanism', year: 1988 });
  });

  it('answers a former id with the renamed record, and says so', () => {
    const run = cli('show', 'nsg-1974', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).record.id).toBe('nsg-1975');
    expect(run.stderr).toContain('"nsg-1974" is a former id; the record is now "nsg-1975"');
  });

  it('exits non-zero for an unknown id or format', () => {
    expect(cli('show', 'no-such-record').status).toBe(1);
    const bad = cli('show', 'jve-1988', '--format', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of json, text; got "xml"');
  });
});

describe('export', () => {
  it('prints the whole case-base as JSON with the fields other tools need', () => {
    const body = JSON.parse(cli('export', '--format', 'json').stdout);
    expect(Object.keys(body)).toEqual(['datasetVersion', 'codebook', 'publishers', 'records']);
    const hotline = body.records.find((r: { id: string }) => r.id === 'us-ussr-hotline-mou-1963');
    expect(hotline).toMatchObject({ kind: 'mechanism', year: 1963, parties: ['us', 'su'], status: 'superseded' });
    expect(hotline.sources.length).toBeGreaterThan(0);
  });

  it('prints CSV with a header and one row per record, one column per feature', () => {
    const json = JSON.parse(cli('export', '--format', 'json').stdout);
    const parsed = Papa.parse<string[]>(cli('export', '--format', 'csv').stdout.trim());
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(json.records.length);
    for (const feature of json.codebook.features) expect(header).toContain(feature.id);
    const hotline = rows.find((r) => r[0] === 'us-ussr-hotline-mou-1963')!;
    expect(hotline[header.indexOf('function')]).toBe('communication-link');
  });

  it('requires a format', () => {
    const run = cli('export');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format is required: one of json, csv');
  });
});

describe('match', () => {
  it('ranks precedents for a measure as a table', () => {
    const run = cli('match', '--measure', 'ai-incident-communication', '--limit', '3');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/rank\s+score/);
    const lines = run.stdout.split('\n');
    const first = lines.indexOf('precedents') + 2;
    expect(lines.slice(first, lines.indexOf('', first))).toHaveLength(3);
    expect(run.stdout).toContain('already under way');
  });

  it('gives no ranking, and says so, when nothing in the words was understood', () => {
    const run = cli('match', '--text', 'zzzz qqqq');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('understanding: none');
    expect(run.stdout).toContain('no ranking');
    expect(run.stdout).not.toMatch(/^\s+1\s+0\./m);
  });

  it('says where a record ranks and what costs it (--why), and names an unknown id', () => {
    const run = cli(
      'match',
      '--measure',
      'ai-crisis-hotline',
      '--why',
      'us-ussr-incsea-1972',
      '--format',
      'json',
      '--runs',
      '0',
    );
    expect(run.status).toBe(0);
    const why = JSON.parse(run.stdout);
    expect(why.candidate.id).toBe('us-ussr-incsea-1972');
    expect(why.rank).toBeGreaterThan(why.cutoff.rank);
    expect(why.gap).toBeGreaterThan(0);
    expect(why.features.length).toBeGreaterThan(0);
    const unknown = cli('match', '--measure', 'ai-crisis-hotline', '--why', 'no-such-record');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--why: no record has the id "no-such-record"');
  });

  it('prints JSON with the dataset and engine versions', () => {
    const body = JSON.parse(
      cli('match', '--text', 'a crisis hotline', '--format', 'json', '--limit', '2', '--runs', '10').stdout,
    );
    expect(body.results).toHaveLength(2);
    expect(body.query.features.function.from).toBe('text');
    expect(body.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints CSV with one row per result', () => {
    const parsed = Papa.parse<string[]>(
      cli('match', '--measure', 'ai-terminology-dialogue', '--format', 'csv', '--limit', '4').stdout.trim(),
    );
    expect(parsed.data[0].slice(0, 3)).toEqual(['rank', 'id', 'name']);
    expect(parsed.data).toHaveLength(5);
  });

  it('answers a batch file with one result a line, in order', () => {
    const queries =
      '{"measure": "ai-terminology-dialogue", "limit": 2}\n\n{"text": "joint scenario exercises", "limit": 1}\n';
    const run = batch('queries.jsonl', queries, '--format', 'jsonl', '--runs', '5');
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0].query.measure).toBe('ai-terminology-dialogue');
    expect(lines[0].results).toHaveLength(2);
    expect(lines[1].query.text).toBe('joint scenario exercises');
  });

  it('names the line of a bad batch query', () => {
    const run = batch('bad.jsonl', '{"measure": "ai-terminology-dialogue"}\n{"measure": "no-such-thing"}\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.jsonl:2: measure: no measure or mechanism has the id "no-such-thing"');
    const lines = jsonLines(run.stdout);
    expect(lines[0].query.measure).toBe('ai-terminology-dialogue');
    expect(lines[1]).toEqual({
      line: 2,
      problems: [{ pointer: '#/measure', detail: 'no measure or mechanism has the id "no-such-thing"' }],
    });
  });

  it('checks every batch line against the contract, as the API does, and answers the others', () => {
    const run = batch(
      'bounds.jsonl',
      '{"runs": -5, "measure": "ai-terminology-dialogue"}\n{"measure": "ai-terminology-dialogue", "limit": 1, "runs": 0}\n{"measure": "ai-terminology-dialogue", "colour": "red"}\n',
    );
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0].line).toBe(1);
    expect(lines[0].problems[0].pointer).toBe('#/runs');
    expect(lines[1].results).toHaveLength(1);
    expect(lines[2].problems[0]).toMatchObject({ pointer: '#/colour', detail: 'unknown field "colour"' });
    expect(run.stderr).toContain('bounds.jsonl:1: runs:');
  });

  it("refuses options outside the command line's bounds, naming the option", () => {
    const run = cli('match', '--measure', 'ai-terminology-dialogue', '--runs', '5001');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--runs:');
  });
});
