// Applying migrations safely when several instances start at once. drizzle's migrator (0.45) takes no
// lock: it creates its schema and table, reads the last applied migration, then applies the rest in one
// transaction, so two instances on an empty PostgreSQL database race (23505 on CREATE SCHEMA, or both
// creating the same tables). Here the whole of it runs under one PostgreSQL advisory lock, held by a
// dedicated connection: the second instance waits, then finds nothing left to apply. An embedded
// database belongs to one process; there, calls that overlap run one after the other.
import 'server-only';
import path from 'node:path';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Any fixed number shared by every instance of the app; hashtext keeps it readable. */
const lockKey = "hashtext('trajectory.migrations')";

export async function migratePostgresUnderLock(url: string): Promise<void> {
  // max 1: the lock, drizzle's statements and the unlock all run on the one connection that holds it.
  const client = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await client.unsafe(`select pg_advisory_lock(${lockKey})`);
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    } finally {
      await client.unsafe(`select pg_advisory_unlock(${lockKey})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Wraps `work` so that a call made while another runs starts only once that one has settled. */
export function oneAtATime(work: () => Promise<void>): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    const next = last.then(work, work);
    last = next.catch(() => {});
    return next;
  };
}
