// What a load balancer's readiness check asks: does the database answer within a short bound, and are
// all of this build's migrations applied? Reads no user data.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { bigint, pgSchema } from 'drizzle-orm/pg-core';
import { pendingMigrations, type MigrationJournal } from '@/lib/startup/pending-migrations';
import { connection } from './client';
import { migrationsFolder } from './migrations-runner';

export type Readiness = { ready: boolean; database: 'reachable' | 'unreachable'; pendingMigrations: number };

const undefinedTable = '42P01';

/** drizzle's own record of applied migrations (not part of db/schema: drizzle-kit must not manage it). */
const appliedMigrations = pgSchema('drizzle').table('__drizzle_migrations', {
  createdAt: bigint('created_at', { mode: 'number' }),
});

function readJournal(): MigrationJournal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as MigrationJournal;
}

function codeIn(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++)
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
  return undefined;
}

async function appliedMigrationTimes(): Promise<number[]> {
  try {
    const rows = await connection().db.select({ createdAt: appliedMigrations.createdAt }).from(appliedMigrations);
    return rows.map((row) => Number(row.createdAt));
  } catch (error) {
    if (codeIn(error) === undefinedTable) return []; // reachable, nothing migrated yet
    throw error;
  }
}

function withinBound<T>(work: Promise<T>, boundMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${boundMs} ms`)), boundMs);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(boundMs: number): Promise<Readiness> {
  const journal = readJournal();
  try {
    const pending = pendingMigrations(journal, await withinBound(appliedMigrationTimes(), boundMs));
    return { ready: pending.length === 0, database: 'reachable', pendingMigrations: pending.length };
  } catch {
    return { ready: false, database: 'unreachable', pendingMigrations: journal.entries.length };
  }
}
