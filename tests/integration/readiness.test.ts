// Readiness (GET /api/health/ready): the database answers and every migration of the journal is applied.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, useConnection } from '@/db/client';
import { checkReadiness } from '@/db/readiness';
import { pendingMigrations, type MigrationJournal } from '@/lib/startup/pending-migrations';
import { describeOnEachDatabase } from '@/tests/support/database';

const journal = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'db/migrations/meta/_journal.json'), 'utf8'),
) as MigrationJournal;

describe('pendingMigrations', () => {
  it('names the journal entries the database has not recorded', () => {
    const times = journal.entries.map((entry) => entry.when);
    expect(pendingMigrations(journal, times)).toEqual([]);
    expect(pendingMigrations(journal, times.slice(0, -1))).toEqual([journal.entries.at(-1)?.tag]);
    expect(pendingMigrations(journal, [])).toHaveLength(journal.entries.length);
  });
});

describeOnEachDatabase('readiness', () => {
  it('is ready on a migrated database', async () => {
    expect(await checkReadiness(5000)).toEqual({ ready: true, database: 'reachable', pendingMigrations: 0 });
  });
});

describe('readiness of a database never migrated [pglite]', () => {
  const unmigrated = openDatabase({ kind: 'pglite', dataDir: null });
  afterAll(async () => {
    useConnection(undefined);
    await unmigrated.close();
  });

  it('is not ready: reachable, with every migration pending', async () => {
    useConnection(unmigrated);
    expect(await checkReadiness(5000)).toEqual({
      ready: false,
      database: 'reachable',
      pendingMigrations: journal.entries.length,
    });
  });
});
