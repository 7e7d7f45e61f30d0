// `npm run test:faults`: the production server under start-up and stop faults, as an operator meets
// them. Needs the production build (`npm test` makes it) and TEST_DATABASE_URL (a role that may create
// databases). Checks:
//   a. two instances started at once on an EMPTY PostgreSQL database both answer sign-in and readiness;
//   b. a wrong password in DATABASE_URL: one clear line, no stack trace, never "ready", exit non-zero;
//   c. an embedded data folder that cannot be written (a path through a file, which binds root too),
//      or in use by another running instance: the same;
//   d. SIGTERM during a request in flight: the request completes, the process exits within its bound.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

const root = path.resolve(import.meta.dirname, '..');
const basePort = Number(process.env.FAULTS_PORT || 3400);
const adminUrl = process.env.TEST_DATABASE_URL;
const startBoundMs = 90_000;
const stopBoundMs = 10_000;

if (!adminUrl) fail('test:faults needs TEST_DATABASE_URL (a PostgreSQL role that may create databases).');
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
  fail('test:faults needs the production build: npx next build');

function fail(message) {
  console.error(message);
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-faults-'));
const results = [];
const instances = [];

function record(check, ok, detail) {
  results.push({ check, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${check}${ok ? '' : `: ${detail}`}`);
}

/** A production server (scripts/server.mjs) with its output kept, and a promise of its exit. */
function startInstance(name, port, env) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(scratch, `data-${name}`), DATABASE_URL: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const instance = { name, port, child, exited, output: () => output, running: () => child.exitCode === null };
  instances.push(instance);
  return instance;
}

/** Resolves when `condition` holds; rejects after `boundMs` (a guard against a hang, not a wait). */
async function until(condition, boundMs, what) {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${boundMs / 1000} s`);
}

async function statusOf(port, pathname) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: 'manual' });
    return response.status;
  } catch {
    return 0;
  }
}

async function waitReady(instance) {
  await until(
    async () => {
      if (!instance.running()) throw new Error(`${instance.name} exited during start-up:\n${instance.output()}`);
      return (await statusOf(instance.port, '/api/health/ready')) === 200;
    },
    startBoundMs,
    `${instance.name} ready`,
  );
}

async function stopInstance(instance) {
  if (instance.running()) instance.child.kill('SIGTERM');
  return Promise.race([
    instance.exited,
    new Promise((resolve) => setTimeout(() => resolve({ code: 'still running', signal: null }), stopBoundMs + 2000)),
  ]);
}

async function exitWithin(instance, boundMs) {
  return Promise.race([instance.exited, new Promise((resolve) => setTimeout(() => resolve(undefined), boundMs))]);
}

function databaseUrl(name, password) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (password !== undefined) url.password = password;
  return url.toString();
}

/** One clear line: a line saying Trajectory did not start, no stack frame, never "ready". */
function clearFailure(instance, result, expected) {
  const output = instance.output();
  const lines = output.split('\n').filter((line) => line.startsWith('Trajectory did not start:'));
  if (result === undefined) return 'did not exit';
  if (result.code === 0 || result.code === null) return `exit code ${result.code}`;
  if (lines.length !== 1) return `expected one "Trajectory did not start" line, output:\n${output}`;
  if (!expected.test(lines[0])) return `the line does not name the cause: ${lines[0]}`;
  if (/^\s+at /m.test(output)) return `a stack trace was printed:\n${output}`;
  if (/ready/i.test(output)) return `"ready" was printed:\n${output}`;
  return undefined;
}

async function twoInstancesOnAnEmptyDatabase(admin) {
  const name = `startup_faults_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const pair = [0, 1].map((index) =>
      startInstance(`pg-${index}`, basePort + index, { DATABASE_URL: databaseUrl(name) }),
    );
    await Promise.all(pair.map(waitReady));
    for (const instance of pair) {
      const signIn = await statusOf(instance.port, '/sign-in');
      const ready = await statusOf(instance.port, '/api/health/ready');
      record(
        `a. ${instance.name}: empty PostgreSQL, started together: sign-in 200, readiness 200`,
        signIn === 200 && ready === 200,
        `sign-in ${signIn}, readiness ${ready}`,
      );
      const output = instance.output();
      const password = new URL(adminUrl).password;
      record(
        `a. ${instance.name}: start-up names the database, says how to create an account, never the password`,
        output.includes(`Database: PostgreSQL at ${new URL(adminUrl).host}/${name}`) &&
          output.includes('npm run db:seed') &&
          !(password && output.includes(password)),
        output,
      );
    }
    await Promise.all(pair.map(stopInstance));
  } finally {
    await dropDatabase(admin, name);
  }
}

async function dropDatabase(admin, name) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
    } catch (error) {
      if (error?.code !== '55006' || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function wrongPassword() {
  const wrong = `wrong-${randomBytes(6).toString('hex')}`;
  const instance = startInstance('wrong-password', basePort + 2, {
    DATABASE_URL: databaseUrl(new URL(adminUrl).pathname.slice(1), wrong),
  });
  const result = await exitWithin(instance, startBoundMs);
  const problem =
    clearFailure(instance, result, /refused the password.*28P01/) ??
    (instance.output().includes(wrong) ? 'the password was printed' : undefined);
  record('b. wrong DATABASE_URL password: one clear line, exit non-zero, never ready', !problem, problem);
}

async function unwritableDataFolder() {
  const file = path.join(scratch, 'a-file');
  fs.writeFileSync(file, 'not a folder');
  const instance = startInstance('unwritable', basePort + 3, { DATA_DIR: path.join(file, 'data') });
  const result = await exitWithin(instance, startBoundMs);
  const problem = clearFailure(instance, result, /data folder cannot be created or written/);
  record('c. PGlite data folder not writable: one clear line, exit non-zero, never ready', !problem, problem);
}

async function dataFolderInUse(dataDir) {
  const second = startInstance('same-folder', basePort + 5, { DATA_DIR: dataDir });
  const result = await exitWithin(second, startBoundMs);
  const problem = clearFailure(second, result, /another running process is using the data folder/);
  record('c. PGlite data folder in use by a running instance: one clear line, exit non-zero', !problem, problem);
}

/** Sends a POST's headers and half its body; resolves once the server has taken it (100 Continue). */
function requestInFlight(port) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  const closed = new Promise((resolve) => socket.on('close', resolve));
  socket.on('error', () => {});
  socket.write(
    'POST /api/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\nhello',
  );
  return {
    taken: until(() => received.includes('100 Continue'), 30_000, 'the server takes the request'),
    finish: () => socket.write('world'),
    response: () => received,
    closed,
  };
}

async function stopDuringARequest() {
  const instance = startInstance('graceful-stop', basePort + 4, {});
  await waitReady(instance);
  await dataFolderInUse(path.join(scratch, `data-${instance.name}`));
  const request = requestInFlight(instance.port);
  await request.taken;
  const signalled = Date.now();
  instance.child.kill('SIGTERM');
  await until(() => instance.output().includes('SIGTERM: finishing'), 5000, 'the server begins to stop');
  request.finish();
  await Promise.race([request.closed, new Promise((resolve) => setTimeout(resolve, stopBoundMs))]);
  const result = await exitWithin(instance, stopBoundMs + 2000);
  const elapsed = Date.now() - signalled;
  const answered = /HTTP\/1\.1 [1-5]\d\d (?!Continue)/.test(
    request.response().replace(/HTTP\/1\.1 100 Continue\r\n\r\n/, ''),
  );
  const problem = !answered
    ? `the request in flight got no answer: ${JSON.stringify(request.response())}`
    : result?.code !== 0
      ? `exit ${result ? result.code : 'still running'}:\n${instance.output()}`
      : elapsed > stopBoundMs
        ? `stopped after ${elapsed} ms`
        : !instance.output().includes('Stopped.')
          ? 'the database was not closed'
          : undefined;
  record(
    `d. SIGTERM during a request: it completes, exit 0 in ${elapsed} ms (bound ${stopBoundMs} ms)`,
    !problem,
    problem,
  );
}

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const started = Date.now();
try {
  await Promise.all([twoInstancesOnAnEmptyDatabase(admin), wrongPassword(), unwritableDataFolder()]);
  await stopDuringARequest();
} catch (error) {
  record('the fault checks ran to the end', false, error instanceof Error ? error.message : String(error));
} finally {
  for (const instance of instances) if (instance.running()) instance.child.kill('SIGKILL');
  await admin.end();
  fs.rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nFault checks (${Math.round((Date.now() - started) / 1000)} s):`);
console.table(results.map(({ check, ok }) => ({ check, result: ok ? 'pass' : 'FAIL' })));
process.exit(results.length > 0 && results.every((result) => result.ok) ? 0 : 1);
