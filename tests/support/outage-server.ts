// A production server whose database sits behind an outage proxy the test controls. Behind the proxy:
// a scratch database on the real PostgreSQL when TEST_DATABASE_URL is set (CI), otherwise an in-memory
// PGlite served over the wire protocol, so the test runs in a plain `npm test` too. The server is started
// the way scripts/e2e-server.mjs starts the e2e server: scripts/server.mjs on the existing production build.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startOutageProxy, unusedPort, type OutageProxy } from './outage-proxy';
import { startPgliteServer } from './pglite-server';

type Database = {
  host: string;
  port: number;
  url: (port: number) => string;
  poolSize: number;
  drop: () => Promise<void>;
};

async function scratchPostgres(adminUrl: string): Promise<Database> {
  const name = `outage_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const address = new URL(adminUrl);
  return {
    host: address.hostname,
    port: Number(address.port || 5432),
    url: (port) => {
      const through = new URL(adminUrl);
      through.hostname = '127.0.0.1';
      through.port = String(port);
      through.pathname = `/${name}`;
      return through.toString();
    },
    poolSize: 4,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
      await admin.end();
    },
  };
}

async function embeddedOverTheWire(): Promise<Database> {
  const server = await startPgliteServer();
  return {
    host: '127.0.0.1',
    port: server.port,
    url: (port) => `postgres://trajectory@127.0.0.1:${port}/postgres`,
    // PGlite is one session: one connection at a time.
    poolSize: 1,
    drop: () => server.close(),
  };
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resolves once the server answers /sign-in; rejects if it exits first. */
async function answering(child: ChildProcess, baseUrl: string): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the outage server exited (${code}) before it answered`))),
  );
  // The server says so once its readiness check passes: the database reached and migrated.
  // Its output is read to the end, so a full pipe never blocks it.
  const ready = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Trajectory is ready')) resolve();
    });
  });
  await Promise.race([ready, exited]);
  const response = await Promise.race([fetch(`${baseUrl}/sign-in`), exited]);
  if (!response.ok) throw new Error(`the outage server answered /sign-in with ${response.status}`);
}

/** `outbox`: where this server writes its mail (it has no SMTP server), for signUpNewUser's confirmation link. */
export type OutageServer = { baseUrl: string; outbox: string; proxy: OutageProxy; stop: () => Promise<void> };

export async function startOutageServer(): Promise<OutageServer> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = adminUrl ? await scratchPostgres(adminUrl) : await embeddedOverTheWire();
  const proxy = await startOutageProxy({ host: database.host, port: database.port });
  const port = await unusedPort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-outage-'));
  const root = process.cwd();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: database.url(proxy.port),
      DATABASE_POOL_SIZE: String(database.poolSize),
    },
  });
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    await stopped(child);
    await proxy.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await answering(child, baseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, outbox: path.join(dataDir, 'outbox'), proxy, stop };
}
