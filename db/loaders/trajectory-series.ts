// The trajectory index by month, stored in trajectory_points while the history and the rules are unchanged
// (trajectoryIndexValue in db/loaders/derived-values.ts).
import 'server-only';
import { and, between, eq, sql } from 'drizzle-orm';
import {
  monthEnds,
  trajectoryFactorValuesAt,
  trajectoryPoint,
  type TrajectoryFactorValues,
  type TrajectoryPoint,
} from '@/lib/trajectory/trajectory-index';
import type { IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { writeInChunks } from '@/db/in-chunks';
import { trajectoryPoints, users } from '@/db/schema';
import { loadTrajectoryHistory } from '@/db/queries/trajectory/history';
import { trajectoryIndexValue } from '@/db/loaders/derived-values';

/**
 * The index for each month from `firstMonth` to `lastMonth` (YYYY-MM), skipping months without
 * enough data. Points come from trajectory_points while the user's history_version is unchanged;
 * otherwise the history is loaded once, every month of the range recomputed and stored in chunks.
 * Callers bound the range (the dashboard: rangeStartMonth).
 */
export async function loadTrajectorySeries(
  userId: string,
  firstMonth: string,
  lastMonth: string,
): Promise<TrajectoryPoint[]> {
  const ends = monthEnds(firstMonth, lastMonth);
  const [first, last] = [ends[0], ends.at(-1)];
  if (!first || !last) return [];
  // The version is read before the history: if the history changes in between, the points
  // are stored under a version that is already stale, so they are recomputed next time.
  const rows = await db()
    .select({
      historyVersion: users.historyVersion,
      monthEnd: trajectoryPoints.monthEnd,
      factorValues: trajectoryPoints.factorValues,
    })
    .from(users)
    .leftJoin(
      trajectoryPoints,
      and(
        eq(trajectoryPoints.userId, users.id),
        between(trajectoryPoints.monthEnd, first, last),
        eq(trajectoryPoints.historyVersion, users.historyVersion),
        eq(trajectoryPoints.rulesVersion, trajectoryIndexValue.rulesVersion),
      ),
    )
    .where(eq(users.id, userId));
  const owner = rows[0];
  if (!owner) return [];
  const cached = rows.flatMap((row) =>
    row.monthEnd === null ? [] : [{ monthEnd: row.monthEnd, factorValues: row.factorValues }],
  );

  let valuesByMonth: Map<IsoDate, TrajectoryFactorValues | null>;
  if (cached.length === ends.length) {
    valuesByMonth = new Map(cached.map((row) => [row.monthEnd, row.factorValues]));
  } else {
    const history = await loadTrajectoryHistory(userId);
    valuesByMonth = new Map(ends.map((end) => [end, trajectoryFactorValuesAt(history, end)]));
    const points = ends.map((monthEnd) => ({
      userId,
      monthEnd,
      historyVersion: owner.historyVersion,
      rulesVersion: trajectoryIndexValue.rulesVersion,
      factorValues: valuesByMonth.get(monthEnd) ?? null,
    }));
    await writeInChunks(points, Object.keys(points[0] ?? {}).length, (chunk) =>
      db()
        .insert(trajectoryPoints)
        .values(chunk)
        .onConflictDoUpdate({
          target: [trajectoryPoints.userId, trajectoryPoints.monthEnd],
          set: {
            historyVersion: sql`excluded.history_version`,
            rulesVersion: sql`excluded.rules_version`,
            factorValues: sql`excluded.factor_values`,
          },
          // A slower request that read an older version must not overwrite newer points.
          setWhere: sql`${trajectoryPoints.historyVersion} <= excluded.history_version`,
        }),
    );
  }
  return ends.flatMap((end) => {
    const values = valuesByMonth.get(end);
    return values ? [trajectoryPoint(end, values)] : [];
  });
}
