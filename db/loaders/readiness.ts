// Readiness for a target role: now, with its evidence, computed from the record; and by month, stored in
// readiness_points while the history and the rules are unchanged (readinessValue in derived-values.ts).
import 'server-only';
import { and, between, eq, sql } from 'drizzle-orm';
import { readinessOn, type Readiness } from '@/lib/next-role/readiness';
import { monthEnds } from '@/lib/trajectory/trajectory-index';
import type { IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { writeInChunks } from '@/db/in-chunks';
import { readinessPoints, users } from '@/db/schema';
import { loadCareerRecord } from '@/db/queries/next-role/career-record';
import {
  findTargetRole,
  trackedRequirements,
  type TargetRoleWithRequirements,
} from '@/db/queries/next-role/target-roles';
import { readinessValue } from '@/db/loaders/derived-values';

export type ReadinessPoint = { monthEnd: IsoDate; percent: number };

export async function loadReadinessOn(
  userId: string,
  role: TargetRoleWithRequirements,
  date: IsoDate,
): Promise<Readiness> {
  return readinessOn(trackedRequirements(role), await loadCareerRecord(userId), date);
}

/**
 * Readiness at each month end from `firstMonth` to `lastMonth` (YYYY-MM); empty for a role that is not
 * the user's. Stored points are served while users.history_version is unchanged, else all are recomputed.
 */
export async function loadReadinessSeries(
  userId: string,
  roleId: string,
  firstMonth: string,
  lastMonth: string,
): Promise<ReadinessPoint[]> {
  const ends = monthEnds(firstMonth, lastMonth);
  const [first, last] = [ends[0], ends.at(-1)];
  if (!first || !last) return [];
  // The version is read before the history, so points computed from a history that changed meanwhile
  // are stored under a version already stale, and recomputed next time.
  const rows = await db()
    .select({
      historyVersion: users.historyVersion,
      monthEnd: readinessPoints.monthEnd,
      percent: readinessPoints.percent,
    })
    .from(users)
    .leftJoin(
      readinessPoints,
      and(
        eq(readinessPoints.userId, users.id),
        eq(readinessPoints.targetRoleId, roleId),
        between(readinessPoints.monthEnd, first, last),
        eq(readinessPoints.historyVersion, users.historyVersion),
        eq(readinessPoints.rulesVersion, readinessValue.rulesVersion),
      ),
    )
    .where(eq(users.id, userId));
  const owner = rows[0];
  if (!owner) return [];
  const cached = rows.flatMap((row) =>
    row.monthEnd === null || row.percent === null ? [] : [{ monthEnd: row.monthEnd, percent: row.percent }],
  );
  if (cached.length === ends.length) return cached.sort((a, b) => a.monthEnd.localeCompare(b.monthEnd));

  const role = await findTargetRole(userId, roleId);
  if (!role) return [];
  const record = await loadCareerRecord(userId);
  const requirements = trackedRequirements(role);
  const points = ends.map((monthEnd) => ({ monthEnd, percent: readinessOn(requirements, record, monthEnd).percent }));
  const stored = points.map((point) => ({
    ...point,
    userId,
    targetRoleId: roleId,
    historyVersion: owner.historyVersion,
    rulesVersion: readinessValue.rulesVersion,
  }));
  await writeInChunks(stored, Object.keys(stored[0] ?? {}).length, (chunk) =>
    db()
      .insert(readinessPoints)
      .values(chunk)
      .onConflictDoUpdate({
        target: [readinessPoints.targetRoleId, readinessPoints.monthEnd],
        set: {
          historyVersion: sql`excluded.history_version`,
          rulesVersion: sql`excluded.rules_version`,
          percent: sql`excluded.percent`,
        },
        // A slower request that read an older version must not overwrite newer points.
        setWhere: sql`${readinessPoints.historyVersion} <= excluded.history_version`,
      }),
  );
  return points;
}
