// Readiness needs every migration of this build applied: those in the journal drizzle-kit writes
// (db/migrations/meta/_journal.json, each identified by its `when`) against the rows of drizzle's table.

export type MigrationJournal = { entries: { when: number; tag: string }[] };

/** The tags of the journal's migrations that the database has not recorded. */
export function pendingMigrations(journal: MigrationJournal, appliedTimes: readonly number[]): string[] {
  const applied = new Set(appliedTimes);
  return journal.entries.filter((entry) => !applied.has(entry.when)).map((entry) => entry.tag);
}
