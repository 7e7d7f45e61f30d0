// `npm run bench:profile`: a CPU profile of the production server (node --cpu-prof) while autocannon loads
// the signed-in pages named in BENCH_PAGES (default /settings,/dashboard) for BENCH_SECONDS each (default 15),
// on a fresh embedded database with the demo account. Prints the functions with the most self time, and
// where the .cpuprofile is (open it in Chrome DevTools' Performance panel or speedscope for the call tree).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { backends, signIn, startApp, stop } from './bench-support.mjs';

const port = Number(process.env.BENCH_PORT ?? 3330);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const pages = (process.env.BENCH_PAGES ?? '/settings,/dashboard').split(',').filter(Boolean);
// V8 stamps samples with the system's monotonic clock, which process.hrtime reads in this process too.
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);
const loadWindow = { start: 0, end: 0 };
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-profile-'));

for await (const backend of backends()) {
  // A first start creates the database and the demo account, so the profiled start does no seeding.
  await stop(await startApp({ port, env: backend.env }));
  const server = await startApp({ port, env: backend.env, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  try {
    const cookie = await signIn(`http://127.0.0.1:${port}`);
    // First requests load each page's modules: not what is measured.
    for (const page of pages)
      for (let warm = 0; warm < 5; warm++)
        await (await fetch(`http://127.0.0.1:${port}${page}`, { headers: { cookie } })).arrayBuffer();
    loadWindow.start = monotonicMicros();
    for (const page of pages) {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}${page}`,
        connections: 10,
        duration: seconds,
        headers: { cookie },
      });
      console.log(`${page}: ${result.requests.average.toFixed(0)} requests/s, ${result.non2xx} not 200`);
    }
    loadWindow.end = monotonicMicros();
  } finally {
    await stop(server);
  }
  break;
}

const [file] = fs.readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('the server wrote no profile');
const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
// Only the samples taken under load: start-up and the first requests are left out.
const stamps = [];
for (let index = 0, at = profile.startTime; index < profile.samples.length; index++)
  stamps.push((at += profile.timeDeltas[index]));
const sampled = profile.samples.filter(
  (_, index) => stamps[index] >= loadWindow.start && stamps[index] <= loadWindow.end,
);
if (sampled.length === 0) throw new Error('no samples in the load window: the clocks differ');
profile.samples = sampled;
profile.startTime = loadWindow.start;
profile.endTime = loadWindow.end;
const interval = (profile.endTime - profile.startTime) / profile.samples.length;
const selfTime = new Map();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
for (const id of profile.samples) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url
    ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\.next\//, '.next/')}:${lineNumber + 1}`
    : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + interval);
}
const total = profile.endTime - profile.startTime;
console.log(`\nTop self time (${(total / 1e6).toFixed(1)} s profiled):`);
for (const [key, micros] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
// Inclusive time per package (or the app's own server chunks): the share of samples with it on the stack.
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const packageOf = (url) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('.next/server') ? 'app server chunks' : null);
const inclusive = new Map();
for (const id of profile.samples) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const name = packageOf(byId.get(at).callFrame.url);
    if (name) seen.add(name);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + interval);
}
console.log('\nOn the stack (inclusive), by package:');
for (const [name, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
// Inclusive time per function, to find the callers behind the self time (e.g. the session check).
const inclusiveByFunction = new Map();
for (const id of profile.samples) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const { functionName, url, lineNumber } = byId.get(at).callFrame;
    if (functionName && url)
      seen.add(
        `${functionName} ${url.replace(/^.*node_modules\//, '').replace(/^.*\.next\//, '.next/')}:${lineNumber + 1}`,
      );
  }
  for (const key of seen) inclusiveByFunction.set(key, (inclusiveByFunction.get(key) ?? 0) + interval);
}
console.log('\nOn the stack (inclusive), by function:');
for (const [key, micros] of [...inclusiveByFunction].sort((a, b) => b[1] - a[1]).slice(0, 80))
  console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
console.log(`\nProfile: ${path.join(profileDir, file)}`);
