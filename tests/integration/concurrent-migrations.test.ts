// Several instances starting together migrate the same database at once: every one must succeed and
// each migration must be recorded once. On PostgreSQL these are separate connections (as separate
// processes would be); an embedded database belongs to one process, where a second or overlapping call
// (a restart, a command-line migrate) must be just as harmless.
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseConnection } from '@/db/client';
import { availableBackends } from '@/tests/support/database';

type JournalEntry = { when: number; tag: string };
const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'db/migrations/meta/_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};
const journalTimes = journal.entries.map((entry) => entry.when).sort();

const instancesAtOnce = 6;

async function recordedMigrationTimes(connection: DatabaseConnection): Promise<number[]> {
  const result = await connection.db.execute<{ created_at: string }>(
    'select created_at from drizzle.__drizzle_migrations order by created_at',
  );
  const rows = Array.isArray(result) ? result : (result as { rows: { created_at: string }[] }).rows;
  return (rows as { created_at: string }[]).map((row) => Number(row.created_at));
}

describe('migrations started several times at once', () => {
  it('[pglite] twice at once and once more: all succeed, each migration recorded once', async () => {
    const connection = openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await Promise.all([connection.migrate(), connection.migrate()]);
      await connection.migrate();
      expect(await recordedMigrationTimes(connection)).toEqual(journalTimes);
    } finally {
      await connection.close();
    }
  }, 120_000);

  if (availableBackends().includes('postgres')) {
    it(`[postgres] ${instancesAtOnce} connections on an empty database: all succeed, each migration once`, async () => {
      const adminUrl = process.env.TEST_DATABASE_URL ?? '';
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      const name = `trajectory_t_migrate_${Date.now().toString(36)}`;
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const instances = Array.from({ length: instancesAtOnce }, () =>
        openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 }),
      );
      try {
        const outcomes = await Promise.allSettled(instances.map((instance) => instance.migrate()));
        const failures = outcomes.flatMap((outcome) =>
          outcome.status === 'rejected' ? [String(outcome.reason).slice(0, 120)] : [],
        );
        expect(failures).toEqual([]);
        expect(await recordedMigrationTimes(instances[0] as DatabaseConnection)).toEqual(journalTimes);
      } finally {
        await Promise.all(instances.map((instance) => instance.close()));
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      }
    }, 120_000);
  }
});
