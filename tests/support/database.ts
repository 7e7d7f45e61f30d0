// Each integration test file gets fresh databases: an in-memory PGlite always,
// and a freshly created PostgreSQL database when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, useConnection, type DatabaseConnection } from '@/db/client';

export type Backend = 'pglite' | 'postgres';

export function availableBackends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

async function createPostgresDatabase(adminUrl: string) {
  const name = `trajectory_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    connection,
    drop: async () => {
      await connection.close();
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
}

/**
 * Drops a test database once its own connections are closed. Not WITH (FORCE): that must terminate an
 * autovacuum worker busy on the freshly filled database, which only a superuser may, and failed now
 * and then. A plain DROP cancels autovacuum itself; it is retried while a closing connection lingers.
 */
async function dropDatabase(admin: postgres.Sql, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      const inUse = error instanceof Error && 'code' in error && error.code === '55006';
      if (!inUse || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

let migratedPgliteCopy: Blob | undefined;

/** The migrated, empty embedded database made once for the run (tests/support/pglite-template.ts). */
function migratedPglite(): Blob {
  migratedPgliteCopy ??= new Blob([fs.readFileSync(inject('migratedPgliteDump'))]);
  return migratedPgliteCopy;
}

/** A migrated, empty database of the given kind, installed as the process-wide connection. */
export async function freshDatabase(
  backend: Backend,
): Promise<{ connection: DatabaseConnection; dispose: () => Promise<void> }> {
  if (backend === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const { connection, drop } = await createPostgresDatabase(adminUrl);
    await connection.migrate();
    return { connection, dispose: drop };
  }
  const connection = openDatabase({ kind: 'pglite', dataDir: null, startFrom: migratedPglite() });
  await connection.migrate();
  return { connection, dispose: () => connection.close() };
}

/**
 * Runs the same suite once per available back-end, each on its own fresh
 * database that `db()` uses for the duration of the suite.
 */
export function describeOnEachDatabase(name: string, suite: (backend: Backend) => void) {
  for (const backend of availableBackends()) {
    describe(`${name} [${backend}]`, () => {
      let dispose: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const fresh = await freshDatabase(backend);
        useConnection(fresh.connection);
        dispose = fresh.dispose;
      });
      afterAll(async () => {
        useConnection(undefined);
        await dispose?.();
      });
      suite(backend);
    });
  }
}
