/**
 * `npm run bench`: figures, not assertions. Times the compile step, the engine (with and without the
 * robustness check, by measure and by free text) and the API in-process, and prints ratios.
 */
import { formatCaseFileError } from '../src/casebase/case-file.ts';
import { compileCaseBase } from '../src/casebase/compile.ts';
import { readCaseFiles } from '../src/casebase/read-cases.ts';
import { withDatasetVersion } from '../src/casebase/dataset-version.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp } from '../src/api/app.ts';
import { match } from '../src/domain/match/match.ts';
import { runScale } from './scale.ts';
import { runWebBench } from './web.ts';

function time(label: string, iterations: number, fn: () => unknown) {
  for (let i = 0; i < Math.min(5, iterations); i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.floor(samples.length * 0.95)];
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(3).padStart(8)} ms   p95 ${p95.toFixed(3).padStart(8)} ms   (n=${iterations})`,
  );
  return median;
}

async function timeAsync(label: string, iterations: number, fn: () => unknown) {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(3).padStart(8)} ms   p95 ${samples[Math.floor(samples.length * 0.95)].toFixed(3).padStart(8)} ms   (n=${iterations})`,
  );
  return median;
}

const files = readCaseFiles(process.env.PRECEDENTS_CASES ?? 'cases');
const scale = process.argv.includes('--scale');
const json = process.argv.includes('--format') && process.argv[process.argv.indexOf('--format') + 1] === 'json';
const compiled = compileCaseBase(files);
if (!compiled.ok) {
  console.error(compiled.errors.map(formatCaseFileError).join('\n'));
  process.exit(1);
}
const caseBase = withDatasetVersion(compiled.caseBase);
if (scale) {
  await runScale(caseBase, json);
  process.exit(0);
}
const mechanisms = caseBase.records.filter((r) => r.kind === 'mechanism').length;
console.log(
  `dataset ${caseBase.datasetVersion}: ${caseBase.records.length} records, ${mechanisms} mechanisms, ${files.length} files\n`,
);

const compile = time('compile cases/ (parse + validate)', 20, () => compileCaseBase(files));
const measure = 'ai-incident-communication';
const bare = time('match by measure, no robustness', 300, () => match(caseBase, { measure, runs: 0 }));
const full = time('match by measure, 200 robustness runs', 100, () => match(caseBase, { measure }));
const text = time('match by free text, 200 robustness runs', 100, () =>
  match(caseBase, { text: 'a hotline between rival militaries to clarify AI incidents when attribution is uncertain' }),
);
const textZh = time('match by Chinese free text, 200 runs', 100, () =>
  match(caseBase, { text: '对手国家军方之间的人工智能事故热线，在归因不明时澄清情况' }),
);

const app = createApp(caseBase);
// The record page reads its citation templates through the ASSETS binding; serve them from the build.
const assets = {
  fetch: async (request: Request) => {
    try {
      return new Response(await readFile(join('web/dist', new URL(request.url).pathname)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  },
};
const health = await timeAsync('API in-process: GET /api/v1/health', 300, () => app.request('/api/v1/health'));
const api = await timeAsync('API in-process: POST /api/v1/match', 100, () =>
  app.request('/api/v1/match', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ measure }),
  }),
);
const page = await timeAsync('API in-process: GET /cases/{id} page', 300, () =>
  app.request('/cases/us-ussr-hotline-mou-1963', {}, { ASSETS: assets }),
);

console.log('\nratios');
console.log(`  robustness cost (200 runs / none)            ${(full / bare).toFixed(1)}×`);
console.log(`  POST match / GET health                      ${(api / health).toFixed(1)}×`);
console.log(`  engine share of POST match                   ${((full / api) * 100).toFixed(0)} %`);
console.log(`  record page / health                         ${(page / health).toFixed(1)}×`);
console.log(`  compile / match                              ${(compile / full).toFixed(1)}×`);
console.log(`  free text / by measure                       ${(text / full).toFixed(2)}×`);
console.log(`  Chinese free text / English free text        ${(textZh / text).toFixed(2)}×`);

console.log('\nweb');
await runWebBench();
