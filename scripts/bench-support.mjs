// Shared by the throughput and Lighthouse benchmarks: start the production server (scripts/server.mjs, what
// `npm start` runs) on a database of its own, sign in through the credentials endpoint, measure the memory
// of a process tree, and make a scratch PostgreSQL database when one is configured.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

export const root = path.resolve(import.meta.dirname, '..');
export const demoEmail = 'demo@trajectory.local';
export const demoPassword = 'bench demo password 1';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

export async function waitForAnswer(url, server) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The production app on `port`; a fresh embedded database seeds the demo account with `demoPassword`. */
export async function startApp({ port, env, nodeArgs = [] }) {
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`port ${port} is in use: stop that server or set BENCH_PORT`);
  const server = spawn(process.execPath, [...nodeArgs, path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    env: { ...env, PORT: String(port), DEMO_PASSWORD: demoPassword, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForAnswer(`http://127.0.0.1:${port}/api/health/ready`, server);
  return server;
}

/** The demo account on a PostgreSQL database (the server creates it only on a new embedded one). */
export function seedDemoAccount(env) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'db/cli.ts', 'seed'],
    { cwd: root, env: { ...env, DEMO_PASSWORD: demoPassword }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('seeding the demo account failed');
}

/** The bare Next.js app of bench/floor, built on first use. */
export async function startFloor(port) {
  const dir = path.join(root, 'bench', 'floor');
  if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    const build = spawnSync(process.execPath, [nextBin, 'build', dir], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('building bench/floor failed');
  }
  const server = spawn(process.execPath, [nextBin, 'start', dir, '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  await waitForAnswer(`http://127.0.0.1:${port}/`, server);
  return server;
}

export async function stop(server) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function cookiesOf(response, jar) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const [name, ...value] = pair.split('=');
    jar.set(name, value.join('='));
  }
}

/** The Cookie header of a session signed in through Auth.js's credentials endpoint. */
export async function signIn(base, email = demoEmail, password = demoPassword) {
  const jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = await csrf.json();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/dashboard` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((name) => name.includes('session-token'))) throw new Error('sign-in failed');
  return cookie();
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid) {
  let total = 0;
  const visit = (id) => {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        if (children) children.split(' ').forEach((child) => visit(Number(child)));
      }
    } catch {}
  };
  visit(pid);
  return total;
}

export function machine() {
  const [one, five] = os.loadavg();
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${one.toFixed(1)} (1 min) / ${five.toFixed(1)} (5 min)`;
}

/**
 * Says so when something else keeps the machine busy as a benchmark starts: on this 2-core machine the same
 * build scored 74–84 in Lighthouse on mobile beside a CI run and 97–100 alone (docs/performance.md, item 65).
 */
export function warnIfBusy() {
  const [one] = os.loadavg();
  const cores = os.cpus().length;
  if (one > cores / 2)
    console.warn(
      `The machine is busy (load average ${one.toFixed(1)} on ${cores} cores): the figures will be lower than on an idle one.`,
    );
}

/** The back-ends to measure: the embedded database always, PostgreSQL when BENCH_ or TEST_DATABASE_URL is set. */
export async function* backends() {
  const embedded = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-bench-'));
  try {
    yield { name: 'PGlite (embedded)', env: { ...process.env, DATA_DIR: embedded, DATABASE_URL: '' } };
  } finally {
    fs.rmSync(embedded, { recursive: true, force: true });
  }
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!adminUrl) return;
  const name = `trajectory_bench_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-bench-'));
  try {
    yield {
      name: 'PostgreSQL',
      postgres: true,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    };
  } finally {
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
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
