// `npm run bench:throughput` (also the last step of `npm run bench`): requests per second of each page of
// the production app, signed in as the demo account, as a ratio to a bare Next.js page (bench/floor: dynamic,
// reads cookies, renders 50 items) served from the same node_modules and measured in the same run. Also the
// app server's resident memory under that load. Needs a production build (`npm run build`).
// Each page and the floor are first loaded for 2 s (both run JIT-compiled code only once warm), then measured
// in BENCH_ROUNDS (default 3) alternating pairs, floor then page, of BENCH_SECONDS (default 5) each: the ratio
// printed is the median of the pairs' ratios, as this machine's speed drifts by a factor of two within minutes
// (docs/performance.md, "Seventh round"). BENCH_CONNECTIONS (default 10), BENCH_PORT (default 3310, and the
// next port for the floor), BENCH_PAGES (comma-separated paths) to measure fewer pages.
import autocannon from 'autocannon';
import {
  backends,
  machine,
  seedDemoAccount,
  signIn,
  startApp,
  startFloor,
  stop,
  treeRss,
  warnIfBusy,
} from './bench-support.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Math.max(1, Math.trunc(Number(process.env.BENCH_ROUNDS ?? 3)) || 3);
const warmUpSeconds = 2;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const appPort = Number(process.env.BENCH_PORT ?? 3310);
const floorPort = appPort + 1;
const memoryTargetMb = 400;
// The demo account's dashboard is its heaviest page; every other page has little data.
const targets = { '/dashboard': 0.25 };
const defaultTarget = 0.4;
const pages = (process.env.BENCH_PAGES ?? '/dashboard,/goals,/weekly,/career,/review,/settings,/sign-in')
  .split(',')
  .map((page) => page.trim())
  .filter(Boolean);

/** Requests per second for `url`; every answer must be a 200 (a redirect would measure the wrong page). */
async function load(url, headers = {}, onTick = () => {}, duration = seconds) {
  const sampler = setInterval(onTick, 250);
  try {
    const result = await autocannon({ url, connections, duration, headers });
    const failures = result.non2xx + result.errors + result.timeouts;
    if (failures > 0) throw new Error(`${url}: ${failures} of ${result.requests.total} requests were not answered 200`);
    return { perSecond: result.requests.average, bytes: result.throughput.total / result.requests.total };
  } finally {
    clearInterval(sampler);
  }
}

async function measureBackend(backend) {
  const server = await startApp({ port: appPort, env: backend.env });
  const floor = await startFloor(floorPort);
  try {
    if (backend.postgres) seedDemoAccount(backend.env);
    const base = `http://127.0.0.1:${appPort}`;
    const floorUrl = `http://127.0.0.1:${floorPort}/`;
    const floorHeaders = { cookie: 'theme=dark; locale=en' };
    const cookie = await signIn(base);
    await load(floorUrl, floorHeaders, undefined, warmUpSeconds);
    const rows = [];
    let peakRss = 0;
    const sample = () => (peakRss = Math.max(peakRss, treeRss(server.pid)));
    // Each page right after its own floor measurement: the machine's load drifts less within a pair.
    for (const page of pages) {
      const headers = page === '/sign-in' ? {} : { cookie };
      const url = `${base}${page}`;
      await load(url, headers, sample, warmUpSeconds);
      const pairs = [];
      for (let round = 0; round < rounds; round++) {
        const floorPerSecond = (await load(floorUrl, floorHeaders)).perSecond;
        const { perSecond, bytes } = await load(url, headers, sample);
        pairs.push({ page, perSecond, bytes, floorPerSecond, ratio: perSecond / floorPerSecond });
      }
      const ratios = pairs.map((pair) => pair.ratio.toFixed(2)).join(', ');
      rows.push({ ...pairs.sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)], ratios });
    }
    return { name: backend.name, embedded: !backend.postgres, rows, peakRss };
  } finally {
    await stop(floor);
    await stop(server);
  }
}

warnIfBusy();
const results = [];
for await (const backend of backends()) results.push(await measureBackend(backend));

console.log(
  `\nThroughput: ${connections} connections, ${rounds} rounds of ${seconds} s per page and floor (the median round shown); ${machine()}`,
);
for (const { name, embedded, rows, peakRss } of results) {
  console.log(`\n${name} (the floor: the bare Next.js page, measured just before each page)`);
  console.log('| page | requests/s | floor requests/s | ratio | target | | response size | each round |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { page, perSecond, bytes, floorPerSecond, ratio, ratios } of rows) {
    const target = targets[page] ?? defaultTarget;
    console.log(
      `| ${page} | ${perSecond.toFixed(0)} | ${floorPerSecond.toFixed(0)} | ${ratio.toFixed(2)}× | ≥ ${target}× | ${ratio >= target ? 'pass' : 'FAIL'} | ${(bytes / 1024).toFixed(0)} KB | ${ratios} |`,
    );
  }
  const megabytes = peakRss / 2 ** 20;
  // Issue 16 bounds the embedded server, whose process holds the database too; with PostgreSQL the server lets
  // its heap grow for speed (scripts/server.mjs), and its figure is shown without a verdict.
  const verdict = embedded
    ? `target < ${memoryTargetMb} MB: ${megabytes < memoryTargetMb ? 'pass' : 'FAIL'}`
    : `the target is the embedded server's`;
  console.log(`Server memory under load (resident, whole process tree, peak): ${megabytes.toFixed(0)} MB, ${verdict}`);
}
