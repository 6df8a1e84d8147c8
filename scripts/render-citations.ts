/**
 * Build step (after compile-cases): renders every citation with citation-js into the templates the
 * Worker fills per request, written as static assets under web/public/citations/ (served from
 * /citations/ and read by the Worker through its ASSETS binding). Generated; never edited by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordTemplates, sharedTemplates } from '../src/citation-renderer/templates.ts';
import { engineVersion } from '../src/domain/engine-version.ts';
import caseBase from '../src/generated/casebase.js';

const out = 'web/public/citations';

// Rendering takes seconds; skip it when neither the data nor the citation code nor the library changed.
const inputs = ['src/citation-renderer', 'src/domain/cite'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => join(dir, f)),
);
const hash = createHash('sha256').update(caseBase.datasetVersion).update(engineVersion);
for (const file of inputs) if (/\.(ts|csl)$/.test(file)) hash.update(file).update(readFileSync(file));
for (const pkg of ['core', 'plugin-bibtex', 'plugin-ris', 'plugin-csl'])
  hash.update(readFileSync(`node_modules/@citation-js/${pkg}/package.json`));
const stamp = hash.digest('hex');
const stampFile = join(out, 'stamp.txt');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(out, 'shared.json'))) {
  console.log(`citations up to date for dataset ${caseBase.datasetVersion}`);
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'records'), { recursive: true });
const started = Date.now();
for (const record of caseBase.records)
  writeFileSync(
    join(out, 'records', `${record.id}.json`),
    JSON.stringify(recordTemplates(record, caseBase, engineVersion)),
  );
writeFileSync(join(out, 'shared.json'), JSON.stringify(sharedTemplates(caseBase, engineVersion)));
writeFileSync(stampFile, stamp);
console.log(
  `rendered citations for ${caseBase.records.length} records in ${Date.now() - started} ms; dataset ${caseBase.datasetVersion}`,
);
