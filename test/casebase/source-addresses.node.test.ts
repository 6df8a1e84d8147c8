/**
 * A source URL must be its publisher's own address. These cases are the kinds of copy the sources review
 * found in the first case-base: an unrelated host, a bare IP, a trailing dot, a staging host.
 */
import { describe, expect, it } from 'vitest';
import { formatCaseFileError, type CaseFile } from '../../src/casebase/case-file.ts';
import { compileCaseBase } from '../../src/casebase/compile.ts';
import { hostBelongsTo, unpublishableHost } from '../../src/domain/publishers.ts';
import { realCaseBase } from '../support/case-base.ts';
import { actorsFile, codebookFile, mechanism } from './fixture.ts';

const publishersFile: CaseFile = {
  path: 'cases/publishers.yaml',
  text: `publishers:
  - id: us-department-of-state
    name: U.S. Department of State
    kind: government
    hosts: [state.gov]
  - id: iaea
    name: International Atomic Energy Agency
    kind: intergovernmental
    hosts: [iaea.org]
`,
};

const withSource = (source: string) => mechanism('x', '', '  track: 1\n', source);

function errorsOf(...files: CaseFile[]) {
  const result = compileCaseBase(files);
  return result.ok ? [] : result.errors.map(formatCaseFileError);
}

describe('source addresses', () => {
  it.each([
    [
      "a URL on the publisher's host",
      '    publisher: us-department-of-state\n    url: https://www.state.gov/t/isn/4785.htm\n',
      [],
    ],
    [
      'a subdomain of a listed host',
      '    publisher: us-department-of-state\n    url: https://2009-2017.state.gov/t/avc/trty/102360.htm\n',
      [],
    ],
    [
      'a copy on an unrelated host',
      '    publisher: iaea\n    url: https://solar-panels.example.com/iaea/infcirc153.pdf\n',
      [
        'cases/mechanisms/x.yaml:19 sources[0].url: url host "solar-panels.example.com" is not one of iaea\'s hosts (iaea.org)',
      ],
    ],
    [
      'a bare IP address',
      '    publisher: iaea\n    url: http://161.35.110.226/doc\n',
      ['cases/mechanisms/x.yaml:19 sources[0].url: url host "161.35.110.226" is a bare IP address'],
    ],
    [
      'a trailing-dot host',
      '    publisher: us-department-of-state\n    url: https://history.state.gov./historicaldocuments/x\n',
      ['cases/mechanisms/x.yaml:19 sources[0].url: url host "history.state.gov." is a host name with a trailing dot'],
    ],
    [
      'a staging host',
      '    publisher: iaea\n    url: https://stage.iaea.org/publications/x\n',
      ['cases/mechanisms/x.yaml:19 sources[0].url: url host "stage.iaea.org" is a "stage" host'],
    ],
    [
      'an unknown publisher',
      '    publisher: nobody\n',
      ['cases/mechanisms/x.yaml:18 sources[0].publisher: unknown publisher "nobody"; add it to cases/publishers.yaml'],
    ],
    [
      'a URL without a publisher',
      '    url: https://www.state.gov/x\n',
      ['cases/mechanisms/x.yaml:15 sources[0].publisher: a source with a url must name its publisher'],
    ],
  ])('%s', (_what, source, expected) => {
    const errors = errorsOf(codebookFile, actorsFile, publishersFile, withSource(source));
    expect(errors).toHaveLength(expected.length);
    expected.forEach((prefix, i) => expect(errors[i].startsWith(prefix), errors[i]).toBe(true));
  });

  it('holds addresses written elsewhere in a record — a note, the source of a Chinese name — to the same floor', () => {
    const zh = `zh:
  name: 测试机制
  shortName: 测试
  summary: 为测试而写的机制。
  nameStatus: customary
  nameSource:
    title: 某报道
    publisher: 某报
    url: https://stage.example.cn/a
`;
    const note =
      '    note: "Read in a copy at http://161.35.110.226/doc; the publisher\'s own page is https://www.state.gov/x"\n';
    expect(
      errorsOf(codebookFile, actorsFile, publishersFile, withSource(note), mechanism('y', zh)).map((e) =>
        e.replace(/ \(staging.*$/, ''),
      ),
    ).toEqual([
      'cases/mechanisms/x.yaml:18 sources[0].note: address host "161.35.110.226" is a bare IP address, not a publisher\'s host name',
      'cases/mechanisms/y.yaml:27 zh.nameSource.url: address host "stage.example.cn" is a "stage" host',
    ]);
  });

  it('refuses a registry host that no publisher could own, on its line', () => {
    const bad: CaseFile = {
      path: 'cases/publishers.yaml',
      text: publishersFile.text.replace('hosts: [iaea.org]', 'hosts: [iaea.org, dev.iaea.org]'),
    };
    expect(errorsOf(codebookFile, actorsFile, bad, withSource(''))).toEqual([
      'cases/publishers.yaml:9 publishers[1].hosts[1]: "dev.iaea.org" is a "dev" host (staging, development, test or admin), not the publisher\'s public site',
    ]);
  });

  it.each([
    ['history.state.gov', undefined],
    ['history.state.gov.', 'trailing dot'],
    ['10.0.0.1', 'IP address'],
    ['magazine-dev.thediplomat.com', 'staging'],
    ['homsy-staging.cambridgecore.org', 'staging'],
    ['manage.thediplomat.com', 'admin'],
    ['test.pax.peaceagreements.org', 'test'],
    ['testing.example.org', 'test'],
    ['developer.mozilla.org', undefined],
  ])('%s is publishable: %s', (host, why) => {
    const answer = unpublishableHost(host);
    if (why === undefined) expect(answer).toBeUndefined();
    else expect(answer).toContain(why);
  });

  it('matches hosts by whole labels, so a look-alike domain is not the publisher', () => {
    const iaea = { id: 'iaea', name: 'IAEA', kind: 'intergovernmental' as const, hosts: ['iaea.org'] };
    expect(hostBelongsTo('www.iaea.org', iaea)).toBe(true);
    expect(hostBelongsTo('notiaea.org', iaea)).toBe(false);
    expect(hostBelongsTo('iaea.org.example.com', iaea)).toBe(false);
  });

  it("holds in the real case-base: every source URL sits on its publisher's hosts", () => {
    const { publishers, records } = realCaseBase();
    const byId = new Map(publishers.map((p) => [p.id, p]));
    let checked = 0;
    for (const record of records)
      for (const source of 'sources' in record ? record.sources : []) {
        if (!source.url) continue;
        const host = new URL(source.url).hostname;
        expect(unpublishableHost(host), `${record.id}/${source.id}`).toBeUndefined();
        expect(hostBelongsTo(host, byId.get(source.publisher!)!), `${record.id}/${source.id} ${host}`).toBe(true);
        checked++;
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('holds in the real case-base: every publisher in the registry is named by a source, and no two share a name', () => {
    const { publishers, records } = realCaseBase();
    const named = new Set(
      records.flatMap((r) => ('sources' in r ? r.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])) : [])),
    );
    expect(publishers.filter((p) => !named.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(publishers.length).toBeGreaterThan(100);
    // One publisher, one entry: names compared without case, accents or punctuation ("Encyclopædia" = "Encyclopaedia").
    const key = (name: string) =>
      name
        .replaceAll('æ', 'ae')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const seen = new Map<string, string>();
    for (const p of publishers) {
      expect(seen.get(key(p.name)), `${p.id} and ${seen.get(key(p.name))} name the same publisher`).toBeUndefined();
      seen.set(key(p.name), p.id);
    }
  });
});
