// `npm run bench`: the dashboard's speed on a heavy account, against a trivial
// signed-in page, on the embedded database and (when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set) on PostgreSQL. Needs a production build (`npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

const root = path.resolve(import.meta.dirname, '..');
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const port = Number(process.env.BENCH_PORT ?? 3300); // also the throughput step's, which runs after this one
const base = `http://127.0.0.1:${port}`;
const email = 'heavy@trajectory.local';
const password = 'bench password 1';

function seed(env) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/bench-seed.ts'],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('seeding failed');
}

async function startServer(env) {
  const server = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)],
    { cwd: root, env, stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return server;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('server did not start');
}

function cookiesOf(response, jar) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const [name, ...value] = pair.split('=');
    jar.set(name, value.join('='));
  }
  return jar;
}
const header = (jar) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

async function signIn() {
  const jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header(jar) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/dashboard` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((name) => name.includes('session-token'))) throw new Error('sign-in failed');
  return header(jar);
}

async function time(url, cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// The moment the stored index matters most: the weekly update is saved in a real browser, and a
// second later (the user reading "saved") the dashboard is requested. The save prepares it in the background.
async function dashboardAfterWeeklyUpdates(rounds = 5) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ baseURL: base });
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/dashboard');
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
    const timings = [];
    for (let round = 0; round < rounds; round++) {
      await page.goto('/weekly');
      // Progress on a goal is saved with a confidence rating (the form asks for one when it is missing).
      const goal = page
        .getByRole('group')
        .filter({ has: page.getByLabel(/^Value now/) })
        .first();
      await goal.getByLabel(/^Value now/).fill(String(800 + round));
      await goal.getByRole('radio', { name: 'Likely', exact: true }).check();
      await page
        .getByRole('group', { name: /How aligned/ })
        .getByRole('radio', { name: '4 – Mostly' })
        .check();
      await page.getByRole('button', { name: 'Save update' }).click();
      await page.getByRole('status').filter({ hasText: 'saved' }).first().waitFor();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      timings.push(await time(`${base}/dashboard`, cookie));
    }
    return timings;
  } finally {
    await browser.close();
  }
}

async function run(name, env) {
  seed(env);
  const server = await startServer(env);
  try {
    const cookie = await signIn();
    for (let index = 0; index < 10; index++) {
      await time(`${base}/dashboard`, cookie);
      await time(`${base}/settings`, cookie);
    }
    // A range not viewed yet must compute and store its monthly index points and trends: the cost of
    // the first view after any change to the history. The timed loop measures views that reuse them.
    const firstView3y = await time(`${base}/dashboard?range=3y`, cookie);
    const firstViewAll = await time(`${base}/dashboard?range=all`, cookie);
    await time(`${base}/dashboard`, cookie);
    const dashboard = [];
    const trivial = [];
    // Interleaved, so both pages see the same conditions.
    for (let index = 0; index < requests; index++) {
      dashboard.push(await time(`${base}/dashboard`, cookie));
      trivial.push(await time(`${base}/settings`, cookie));
    }
    // The whole-account JSON export of the heavy account (issue 6), fewer runs: it is a rare action.
    const exports = [];
    let exportBytes = 0;
    for (let index = 0; index < 20; index++) {
      const started = performance.now();
      const response = await fetch(`${base}/settings/export`, { headers: { cookie } });
      exportBytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`export answered ${response.status}`);
      exports.push(performance.now() - started);
    }
    const pdfs = [];
    let pdfBytes = 0;
    const year = new Date().getFullYear();
    for (let index = 0; index < 20; index++) {
      const started = performance.now();
      const response = await fetch(`${base}/review/${year}/pdf`, { headers: { cookie } });
      pdfBytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`PDF answered ${response.status}`);
      pdfs.push(performance.now() - started);
    }
    const afterUpdate = await dashboardAfterWeeklyUpdates();
    const row = {
      backend: name,
      afterUpdateP50: percentile(afterUpdate, 50),
      afterUpdateMax: Math.max(...afterUpdate),
      pdfP50: percentile(pdfs, 50),
      pdfP95: percentile(pdfs, 95),
      pdfKilobytes: pdfBytes / 1024,
      exportP50: percentile(exports, 50),
      exportP95: percentile(exports, 95),
      exportMegabytes: exportBytes / 1024 / 1024,
      dashboardP50: percentile(dashboard, 50),
      dashboardP95: percentile(dashboard, 95),
      trivialP50: percentile(trivial, 50),
      trivialP95: percentile(trivial, 95),
      firstView3y,
      firstViewAll,
    };
    row.ratio = row.dashboardP95 / row.trivialP95;
    return row;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-bench-'));
const results = [await run('PGlite (embedded)', { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' })];
fs.rmSync(dataDir, { recursive: true, force: true });

const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (adminUrl) {
  const name = `trajectory_bench_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-bench-'));
  try {
    results.push(await run('PostgreSQL 15', { ...process.env, DATA_DIR: pgDataDir, DATABASE_URL: url.toString() }));
  } finally {
    // Not WITH (FORCE): it cannot end an autovacuum worker (a superuser's), which the seed's bulk load wakes.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
        break;
      } catch (error) {
        if (error.code !== '55006' || attempt === 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    await admin.end();
    fs.rmSync(pgDataDir, { recursive: true, force: true });
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`\n${requests} requests each, ${os.cpus().length} cores, Node ${process.version}\n`);
console.log('| back-end | dashboard p50 | dashboard p95 | trivial p50 | trivial p95 | p95 ratio | target ≤ 2 |');
console.log('|---|---|---|---|---|---|---|');
for (const row of results) {
  console.log(
    `| ${row.backend} | ${ms(row.dashboardP50)} | ${ms(row.dashboardP95)} | ${ms(row.trivialP50)} | ${ms(row.trivialP95)} | ${row.ratio.toFixed(2)} | ${row.ratio <= 2 ? 'met' : 'NOT met'} |`,
  );
}
console.log('\nFirst view of a range after a change (index points and trends computed and stored), one request each:');
console.log('| back-end | 3 years | all 10 years |');
console.log('|---|---|---|');
for (const row of results) console.log(`| ${row.backend} | ${ms(row.firstView3y)} | ${ms(row.firstViewAll)} |`);

console.log('\nWhole-account JSON export of the heavy account (GET /settings/export), 20 requests:');
console.log('| back-end | p50 | p95 | size |');
console.log('|---|---|---|---|');
for (const row of results)
  console.log(
    `| ${row.backend} | ${ms(row.exportP50)} | ${ms(row.exportP95)} | ${row.exportMegabytes.toFixed(1)} MB |`,
  );

console.log('\nYearly review PDF of the heavy account for this year (GET /review/<year>/pdf), 20 requests:');
console.log('| back-end | p50 | p95 | size |');
console.log('|---|---|---|---|');
for (const row of results)
  console.log(`| ${row.backend} | ${ms(row.pdfP50)} | ${ms(row.pdfP95)} | ${row.pdfKilobytes.toFixed(0)} KB |`);

console.log(
  '\nDashboard one second after saving the weekly update in the browser (prepared in the background by the save), 5 rounds:',
);
console.log('| back-end | p50 | max |');
console.log('|---|---|---|');
for (const row of results) console.log(`| ${row.backend} | ${ms(row.afterUpdateP50)} | ${ms(row.afterUpdateMax)} |`);
