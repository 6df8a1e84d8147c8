/**
 * `npm run load`: a bounded load test against `wrangler dev` (workerd) on loopback. It hits the health
 * check, a match and a record page for a fixed time each with autocannon, prints p50/p99 latency and
 * throughput per route and the match/health ratio, and fails (exit 1) on any error, timeout or non-2xx
 * answer. It stops by itself: three 12-second runs, and a hard stop at 60 s whatever happens.
 *
 * The rate limit does not apply: requests from the machine itself (loopback, or no client address at
 * all, as wrangler dev sends them) are not counted (src/api/http/rate-limit.ts). Figures only — a slow
 * machine is not a failure; speed is reported, never asserted.
 */
import autocannon from 'autocannon';
import { startDevServer, type DevServer } from '../test/support/browser.ts';

const secondsPerRoute = 12;
const connections = 8;
const hardStopMs = 60_000;

const routes = [
  { name: 'health', path: '/api/v1/health' },
  { name: 'match', path: '/api/v1/match?measure=ai-incident-communication' },
  { name: 'record page', path: '/cases/us-ussr-hotline-mou-1963' },
] as const;

interface Figures {
  name: string;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  failures: number;
}

function run(url: string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: secondsPerRoute, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

let server: DevServer | undefined;
const hardStop = setTimeout(async () => {
  console.error(`load: stopped after ${hardStopMs / 1000} s`);
  await server?.stop();
  process.exit(1);
}, hardStopMs);

try {
  server = await startDevServer();
  const figures: Figures[] = [];
  for (const route of routes) {
    // One request first, so the isolate has read the case-base and compiled the route before timing.
    const warm = await fetch(server.url + route.path);
    if (!warm.ok) throw new Error(`${route.path} answered ${warm.status}`);
    await warm.arrayBuffer();
    const result = await run(server.url + route.path);
    const failures = result.errors + result.timeouts + result.non2xx;
    figures.push({
      name: route.name,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
      requests: result.requests.total,
      failures,
    });
  }
  console.log(`load: ${connections} connections, ${secondsPerRoute} s per route, wrangler dev on ${server.url}`);
  console.log(
    `${'route'.padEnd(12)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`,
  );
  for (const f of figures)
    console.log(
      `${f.name.padEnd(12)} ${String(f.requests).padStart(9)} ${f.rps.toFixed(0).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.failures).padStart(7)}`,
    );
  const [health, matching] = figures;
  console.log(
    `match/health: p50 ×${(matching.p50 / Math.max(health.p50, 0.1)).toFixed(1)}, p99 ×${(matching.p99 / Math.max(health.p99, 0.1)).toFixed(1)}, throughput ×${(matching.rps / health.rps).toFixed(3)}`,
  );
  const failed = figures.filter((f) => f.failures > 0);
  if (failed.length > 0) {
    console.error(`load: errors on ${failed.map((f) => f.name).join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearTimeout(hardStop);
  await server?.stop();
}
