// The trajectory index by month (the running month as of a day), stored in trajectory_points while the history and the rules are unchanged
// (trajectoryIndexValue in db/loaders/derived-values.ts).
import 'server-only';
import { and, between, eq, lt, sql } from 'drizzle-orm';
import {
  indexDates,
  trajectoryFactorValuesAt,
  trajectoryPoint,
  type TrajectoryFactorValues,
  type TrajectoryPoint,
} from '@/lib/trajectory/trajectory-index';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { writeInChunks } from '@/db/in-chunks';
import { trajectoryPoints, users } from '@/db/schema';
import { loadTrajectoryHistory } from '@/db/queries/trajectory/history';
import { trajectoryIndexValue } from '@/db/loaders/derived-values';

/**
 * The index for each month from `firstMonth` (YYYY-MM) to the month of `asOf`, skipping months without enough
 * data: each month at its last day, the month still running on `asOf` as of that day (`indexDates`). Points
 * come from trajectory_points while the user's history_version is unchanged; otherwise the history is loaded
 * once, every date of the range recomputed and stored in chunks, together with each remaining day of the
 * running month, so that the next days read their point without loading the history again.
 * Callers bound the range (the dashboard: rangeStartMonth).
 */
export async function loadTrajectorySeries(
  userId: string,
  firstMonth: string,
  asOf: IsoDate,
): Promise<TrajectoryPoint[]> {
  const dates = indexDates(firstMonth, asOf);
  const [first, last] = [dates[0], dates.at(-1)];
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
  const wanted = new Set(dates);
  const cached = rows.flatMap((row) =>
    row.monthEnd !== null && wanted.has(row.monthEnd)
      ? [{ monthEnd: row.monthEnd, factorValues: row.factorValues }]
      : [],
  );

  let valuesByDate: Map<IsoDate, TrajectoryFactorValues | null>;
  if (cached.length === dates.length) {
    valuesByDate = new Map(cached.map((row) => [row.monthEnd, row.factorValues]));
  } else {
    const history = await loadTrajectoryHistory(userId);
    const stored = [...dates, ...daysAfterInMonth(last)];
    valuesByDate = new Map(stored.map((date) => [date, trajectoryFactorValuesAt(history, date)]));
    await storePoints(
      userId,
      owner.historyVersion,
      stored.map((date) => [date, valuesByDate.get(date) ?? null]),
    );
    await forgetPastDays(userId, last);
  }
  return dates.flatMap((date) => {
    const values = valuesByDate.get(date);
    return values ? [trajectoryPoint(date, values)] : [];
  });
}

/** The days after `date` up to the last day of its month. */
function daysAfterInMonth(date: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = addDays(date, 1); day.slice(0, 7) === date.slice(0, 7); day = addDays(day, 1)) days.push(day);
  return days;
}

async function storePoints(
  userId: string,
  historyVersion: number,
  values: [IsoDate, TrajectoryFactorValues | null][],
): Promise<void> {
  const points = values.map(([monthEnd, factorValues]) => ({
    userId,
    monthEnd,
    historyVersion,
    rulesVersion: trajectoryIndexValue.rulesVersion,
    factorValues,
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

/** Points of days inside a month (a running month as of a day) before `asOf` are never asked for again. */
async function forgetPastDays(userId: string, asOf: IsoDate): Promise<void> {
  await db()
    .delete(trajectoryPoints)
    .where(
      and(
        eq(trajectoryPoints.userId, userId),
        lt(trajectoryPoints.monthEnd, asOf),
        sql`extract(day from ${trajectoryPoints.monthEnd} + 1) <> 1`,
      ),
    );
}
