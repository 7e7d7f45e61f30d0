// Values derived from a user's history, computed once and reused until the history or their rules
// change. users.history_version is raised by triggers on every write to the tables the values read
// (db/loaders/derived-values.ts), so a stored value is never served after its data moved on.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { historyCache, users } from '@/db/schema';
import type { DerivedValue } from '@/db/loaders/derived-values';

/**
 * The value stored for `derived` when it was computed from the current history by the same rules
 * with the same `params`; otherwise `compute()`, stored for next time. Values must survive JSON:
 * plain objects, arrays, strings, numbers, booleans and null (dates as ISO strings).
 */
export async function whileHistoryUnchanged<T>(
  userId: string,
  derived: DerivedValue,
  params: string,
  compute: () => Promise<T>,
): Promise<T> {
  // The rules version goes into what is compared, so new rules need no column and no migration.
  const key = `rules ${derived.rulesVersion}: ${params}`;
  // The version is read before computing: a change landing meanwhile leaves the stored value
  // under a version that is already stale, so it is recomputed next time rather than trusted.
  const [row] = await db()
    .select({ historyVersion: users.historyVersion, value: historyCache.value })
    .from(users)
    .leftJoin(
      historyCache,
      and(
        eq(historyCache.userId, users.id),
        eq(historyCache.name, derived.name),
        eq(historyCache.params, key),
        eq(historyCache.historyVersion, users.historyVersion),
      ),
    )
    .where(eq(users.id, userId));
  if (!row) return compute();
  if (row.value !== null) return row.value as T;
  const value = await compute();
  await db()
    .insert(historyCache)
    .values({ userId, name: derived.name, params: key, historyVersion: row.historyVersion, value })
    .onConflictDoUpdate({
      target: [historyCache.userId, historyCache.name],
      set: { params: key, historyVersion: row.historyVersion, value },
      setWhere: sql`${historyCache.historyVersion} <= ${row.historyVersion}`,
    });
  return value;
}
