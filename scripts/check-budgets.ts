/**
 * Size budgets: the Worker bundle at most 300 KB gzip (as `wrangler deploy --dry-run` reports it) and
 * the site's own JavaScript at most 200 KB gzip (everything Vite emits plus the hand-written scripts in
 * web/public; the vendored Swagger UI is not counted — it loads on the API reference page only).
 * KB here is 1000 bytes. Run after the build: `npm run budgets`; test/budgets.node.test.ts runs it in
 * `npm test`, so CI fails over budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const budgets = { workerGzipBytes: 300_000, webJsGzipBytes: 200_000 } as const;

/** Gzip size of the Worker as wrangler would upload it (it bundles and compresses exactly as for a deploy). */
export function workerGzipBytes(): number {
  const out = mkdtempSync(join(tmpdir(), 'precedents-bundle-'));
  try {
    const log = execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', out], {
      encoding: 'utf8',
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        NO_COLOR: '1',
      },
    });
    const found = /Total Upload: [\d.]+ KiB \/ gzip: ([\d.]+) KiB/.exec(log);
    if (!found) throw new Error(`wrangler did not report the bundle size:\n${log}`);
    return Math.round(Number(found[1]) * 1024);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Gzip size of each script the site serves from web/dist, vendored code aside. */
export function webJsGzipBytes(dist = 'web/dist'): { total: number; files: { file: string; bytes: number }[] } {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.m?js$/.test(f) && !f.startsWith('vendor/'))
    .sort()
    .map((f) => ({
      file: relative(dist, join(dist, f)),
      bytes: gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    }));
  return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const worker = workerGzipBytes();
  const web = webJsGzipBytes();
  console.log(`worker bundle  ${kb(worker).padStart(9)} gzip (budget ${kb(budgets.workerGzipBytes)})`);
  console.log(`web JS         ${kb(web.total).padStart(9)} gzip (budget ${kb(budgets.webJsGzipBytes)})`);
  for (const f of web.files) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(9)}`);
  const over = [
    worker > budgets.workerGzipBytes && 'worker bundle',
    web.total > budgets.webJsGzipBytes && 'web JS',
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}
