// What the database itself says about the promises of the registry of derived values
// (db/loaders/derived-values.ts): which tables have the triggers that raise users.history_version,
// and which tables a computation really reads.
import { sql } from 'drizzle-orm';
import { db, inTransaction } from '@/db/client';
import { tablesReadByDerivedValues } from '@/db/loaders/derived-values';

const historyEvents = ['INSERT', 'UPDATE', 'DELETE'] as const;

export type MissingHistoryTrigger = { table: string; events: string[] };

/**
 * Each table some registered derived value reads (or each of `tables`) with the events that no
 * AFTER … FOR EACH STATEMENT trigger running note_history_change() covers: a write there would
 * leave stale values being served.
 */
export async function tablesMissingHistoryTrigger(
  tables: string[] = tablesReadByDerivedValues(),
): Promise<MissingHistoryTrigger[]> {
  const triggers = await db()
    .select({ table: sql<string>`event_object_table`, event: sql<string>`event_manipulation` })
    .from(sql`information_schema.triggers`)
    .where(
      sql`trigger_schema = current_schema() and action_timing = 'AFTER' and action_orientation = 'STATEMENT'
        and action_statement = 'EXECUTE FUNCTION note_history_change()'`,
    );
  const covered = new Set(triggers.map((trigger) => `${trigger.table} ${trigger.event}`));
  return tables.flatMap((table) => {
    const events = historyEvents.filter((event) => !covered.has(`${table} ${event}`));
    return events.length === 0 ? [] : [{ table, events }];
  });
}

/**
 * The tables `work` scanned (sequentially or through an index), sorted. It runs in a transaction, whose
 * statistics (pg_stat_xact_user_tables) count the scans; they may still hold counts of earlier
 * transactions not yet reported, so what counts is what grew while `work` ran.
 */
export async function tablesScannedBy(work: () => Promise<unknown>): Promise<string[]> {
  const scansByTable = async () => {
    const rows = await db()
      .select({ table: sql<string>`relname`, scans: sql<number>`(coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::int` })
      .from(sql`pg_stat_xact_user_tables`)
      .where(sql`schemaname = current_schema()`);
    return new Map(rows.map((row) => [row.table, Number(row.scans)]));
  };
  return inTransaction(async () => {
    const before = await scansByTable();
    await work();
    const after = await scansByTable();
    return [...after]
      .filter(([table, scans]) => scans > (before.get(table) ?? 0))
      .map(([table]) => table)
      .sort();
  });
}
