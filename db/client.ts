// The one place that picks the database: embedded PGlite by default, PostgreSQL
// through postgres.js when DATABASE_URL is set. Everything else asks `db()`.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { listenForChanges, type ChangeNotices } from './change-notices';
import { migratePostgresUnderLock, migrationsFolder, oneAtATime } from './migrations-runner';
import * as schema from './schema';

type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Database | Transaction;

/** In a folder, or in memory (dataDir null): empty, or a copy of `startFrom`, a dump of PGlite's dumpDataDir. */
type EmbeddedTarget =
  { kind: 'pglite'; dataDir: string; startFrom?: never } | { kind: 'pglite'; dataDir: null; startFrom?: Blob };
export type DatabaseTarget = EmbeddedTarget | { kind: 'postgres'; url: string; poolSize: number };

export type DatabaseConnection = {
  target: DatabaseTarget;
  db: Database;
  migrate: () => Promise<void>;
  /** Refreshes the query planner's statistics (ANALYZE); without them per-user queries get poor plans. */
  analyze: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * What this process knows of the database's changes so far, as a stamp: a value read from the database can be
   * kept while the stamp stands (db/while-unchanged.ts). Null while that cannot be known: PostgreSQL's changes
   * are heard from other instances only while this one listens (db/change-notices.ts).
   */
  changeStamp: () => string | null;
};

/**
 * How long PostgreSQL may take before a request gives up, so a dead database fails a request in seconds
 * instead of hanging it (docs/architecture.md, "When the database is out of reach"). PGlite runs in the
 * process: there is no connection to lose, and a statement's time is the request's own work.
 */
export const postgresTimeouts = {
  /** From opening the socket to the server's first "ready" (postgres.js's default is 30 s). */
  connectSeconds: 5,
  /** Cancelled by the server past this; the heaviest statement of `npm run bench` takes well under 2 s. */
  statementMs: 15_000,
  /**
   * Wait before connecting again after a failed connection. postgres.js waits 3^n/100 s after the n-th
   * failure in a row, up to 20 s: a request made once the database is back waited for that.
   */
  reconnectDelaySeconds: (failuresInARow: number) => Math.min(0.05 * 2 ** failuresInARow, 0.5),
};

/**
 * PGlite's own start parameters, plus shared_buffers of 16 MB: they live in the WASM heap and are all resident
 * from the start, so 64 MB cost 76 MB more resident memory than 16. Once 16 MB nearly doubled the heavy
 * account's dashboard time; pages now read the database once per change of the history (db/loaders/history-memo.ts)
 * and `npm run bench` keeps its target (docs/performance.md, "Memory"). Durability settings are PGlite's own.
 */
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export function openDatabase(target: DatabaseTarget): DatabaseConnection {
  if (target.kind === 'postgres') {
    const client = postgres(target.url, {
      max: target.poolSize,
      onnotice: () => {},
      connect_timeout: postgresTimeouts.connectSeconds,
      backoff: postgresTimeouts.reconnectDelaySeconds,
      connection: { statement_timeout: postgresTimeouts.statementMs },
    });
    let changes = 0;
    const changed = () => void (changes += 1);
    countPostgresChanges(client, changed);
    const db = drizzlePostgres(client, { schema });
    // Opened on first use: a script that never checks a session never listens.
    let notices: ChangeNotices | null = null;
    let closed = false;
    return {
      target,
      db,
      migrate: () => migratePostgresUnderLock(target.url),
      analyze: async () => void (await client`ANALYZE`),
      close: async () => {
        closed = true;
        await notices?.close();
        await client.end({ timeout: 5 });
      },
      changeStamp: () => {
        if (closed) return null;
        notices ??= listenForChanges(target.url, changed, {
          connectSeconds: postgresTimeouts.connectSeconds,
          reconnectDelaySeconds: postgresTimeouts.reconnectDelaySeconds,
        });
        return notices.listening() ? String(changes) : null;
      },
    };
  }
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const options = { startParams: pgliteStartParams, loadDataDir: target.startFrom };
  const client = target.dataDir ? new PGlite(path.join(target.dataDir, 'pglite'), options) : new PGlite(options);
  const changesSoFar = countChanges(client);
  const db = drizzlePglite(client, { schema });
  return {
    target,
    db,
    migrate: oneAtATime(() => migratePglite(db, { migrationsFolder })),
    analyze: async () => void (await client.exec('ANALYZE')),
    close: () => client.close(),
    changeStamp: () => String(changesSoFar()),
  };
}

/** What drizzle sends for a select. A statement that starts otherwise may write: a `with` can hold an update. */
const plainSelect = /^\s*select\s/i;

/**
 * Counts, once it has run, every statement that may have changed the embedded database: every transaction, every
 * script, every statement but a plain select (no function of the app writes when a select calls it). Only this
 * process can open the folder (db/data-folder-lock.ts), so while the count stands nothing has changed.
 */
function countChanges(client: PGlite): () => number {
  let changes = 0;
  const counted =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>, onlyReads: (...args: A) => boolean = () => false) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } finally {
        if (!onlyReads(...args)) changes += 1;
      }
    };
  client.query = counted(client.query.bind(client), (text) => plainSelect.test(text)) as PGlite['query'];
  client.exec = counted(client.exec.bind(client));
  client.transaction = counted(client.transaction.bind(client));
  return () => changes;
}

/**
 * Counts this instance's own statements that may have changed PostgreSQL, as `countChanges` does for PGlite: its
 * own notices arrive on another connection, maybe after the next request. Each is counted as it settles, before
 * the code awaiting it goes on. drizzle sends every statement through `unsafe` and every transaction through
 * `begin`; a statement inside a transaction counts with it.
 */
function countPostgresChanges(client: postgres.Sql, changed: () => void): void {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, ...rest: unknown[]) => {
    const pending = (unsafe as (query: string, ...rest: unknown[]) => postgres.PendingQuery<postgres.Row[]>)(
      query,
      ...rest,
    );
    if (!plainSelect.test(query)) {
      // postgres.js settles a query through these two (src/query.js); wrapping `then` would start it early.
      const settling = pending as unknown as { resolve: (value: unknown) => void; reject: (error: unknown) => void };
      const { resolve, reject } = settling;
      settling.resolve = (value) => (changed(), resolve(value));
      settling.reject = (error) => (changed(), reject(error));
    }
    return pending;
  }) as typeof client.unsafe;
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  client.begin = (async (...args: unknown[]) => {
    try {
      return await begin(...args);
    } finally {
      changed();
    }
  }) as typeof client.begin;
}

export function targetFromEnvironment(): DatabaseTarget {
  const { databaseUrl, databasePoolSize, dataDir } = env();
  return databaseUrl ? { kind: 'postgres', url: databaseUrl, poolSize: databasePoolSize } : { kind: 'pglite', dataDir };
}

// Next.js may load this module more than once (instrumentation, each route
// bundle); a PGlite folder must be opened by exactly one instance per process.
const holder = globalThis as typeof globalThis & { trajectoryDatabase?: DatabaseConnection };

export function connection(): DatabaseConnection {
  holder.trajectoryDatabase ??= openDatabase(targetFromEnvironment());
  return holder.trajectoryDatabase;
}

/** Replaces the process-wide connection (tests and command-line scripts). */
export function useConnection(next: DatabaseConnection | undefined) {
  holder.trajectoryDatabase = next;
}

/** Closes the process-wide connection; the next `connection()` opens it again. */
export async function closeConnection(): Promise<void> {
  const open = holder.trajectoryDatabase;
  holder.trajectoryDatabase = undefined;
  await open?.close();
}

const currentTransaction = new AsyncLocalStorage<Transaction>();

/** The executor for queries: the open transaction when inside `inTransaction`. */
export function db(): Executor {
  return currentTransaction.getStore() ?? connection().db;
}

/** Whether this code runs inside `inTransaction`: its reads see its own writes, not yet counted or committed. */
export function insideTransaction(): boolean {
  return currentTransaction.getStore() !== undefined;
}

/** Runs `work` in one transaction; every query it makes through `db()` joins it. */
export async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
  const open = currentTransaction.getStore();
  if (open) return work();
  return connection().db.transaction((tx) => currentTransaction.run(tx, work));
}
