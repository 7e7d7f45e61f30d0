// Values derived from a user's history, computed once and reused until the history changes.
// users.history_version is raised by triggers on every write to the tables the values read
// (migrations 0004 and 0005), so a stored value is never served after its data moved on.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { historyCache, users } from '@/db/schema';

/**
 * The value stored under `name` when it was computed from the current history with the same
 * `params`; otherwise `compute()`, stored for next time. Values must survive JSON: plain objects,
 * arrays, strings, numbers, booleans and null (dates as ISO strings).
 */
export async function whileHistoryUnchanged<T>(userId: string, name: string, params: string, compute: () => Promise<T>): Promise<T> {
  // The version is read before computing: a change landing meanwhile leaves the stored value
  // under a version that is already stale, so it is recomputed next time rather than trusted.
  const [row] = await db()
    .select({ historyVersion: users.historyVersion, value: historyCache.value })
    .from(users)
    .leftJoin(
      historyCache,
      and(
        eq(historyCache.userId, users.id),
        eq(historyCache.name, name),
        eq(historyCache.params, params),
        eq(historyCache.historyVersion, users.historyVersion),
      ),
    )
    .where(eq(users.id, userId));
  if (!row) return compute();
  if (row.value !== null) return row.value as T;
  const value = await compute();
  await db()
    .insert(historyCache)
    .values({ userId, name, params, historyVersion: row.historyVersion, value })
    .onConflictDoUpdate({
      target: [historyCache.userId, historyCache.name],
      set: { params, historyVersion: row.historyVersion, value },
      setWhere: sql`${historyCache.historyVersion} <= ${row.historyVersion}`,
    });
  return value;
}
