// Everything the trajectory index reads, in one query per table (no query per
// goal or per week), already reduced to the columns the rules need.
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, between, eq, gte, min, sql } from 'drizzle-orm';
import {
  monthEnds,
  trajectoryFactorValuesAt,
  trajectoryPoint,
  trajectoryRulesVersion,
  type TrajectoryFactorValues,
  type TrajectoryHistory,
  type TrajectoryPoint,
} from '@/lib/trajectory';
import type { IsoDate } from '@/lib/weeks';
import { db } from '../client';
import {
  certifications,
  educationEntries,
  goals,
  positions,
  skillAssessments,
  trajectoryPoints,
  users,
  weeklyReflections,
  weeklyUpdates,
} from '../schema';

const parentGoals = alias(goals, 'parent_goals');

export async function loadTrajectoryHistory(userId: string): Promise<TrajectoryHistory> {
  const [goalRows, updateWeeks, reflections, education, assessments, certificationRows, positionRows] = await Promise.all([
    db()
      .select({
        horizon: goals.horizon,
        servesLongTermGoal: sql<boolean>`coalesce(${parentGoals.horizon} = 'long', false)`,
        startDate: goals.startDate,
        status: goals.status,
        statusChangedOn: goals.statusChangedOn,
      })
      .from(goals)
      .leftJoin(parentGoals, and(eq(parentGoals.id, goals.parentGoalId), eq(parentGoals.userId, userId)))
      .where(eq(goals.userId, userId)),
    db().selectDistinct({ weekStart: weeklyUpdates.weekStart }).from(weeklyUpdates).where(eq(weeklyUpdates.userId, userId)),
    db().select({ weekStart: weeklyReflections.weekStart, alignment: weeklyReflections.alignment }).from(weeklyReflections).where(eq(weeklyReflections.userId, userId)),
    db().select({ completedOn: educationEntries.completedOn, hours: educationEntries.hours }).from(educationEntries).where(eq(educationEntries.userId, userId)),
    db()
      .select({ skillId: skillAssessments.skillId, assessedOn: skillAssessments.assessedOn, level: skillAssessments.level })
      .from(skillAssessments)
      .where(eq(skillAssessments.userId, userId)),
    db().select({ earnedOn: certifications.earnedOn, expiresOn: certifications.expiresOn }).from(certifications).where(eq(certifications.userId, userId)),
    db()
      .select({
        startedOn: positions.startedOn,
        endedOn: positions.endedOn,
        howReached: positions.howReached,
        payBasis: positions.payBasis,
        hasBonus: positions.hasBonus,
        hasStockOptions: positions.hasStockOptions,
        hasBenefits: positions.hasBenefits,
      })
      .from(positions)
      .where(eq(positions.userId, userId)),
  ]);
  return {
    goals: goalRows.map((goal) => ({ ...goal, servesLongTermGoal: Boolean(goal.servesLongTermGoal) })),
    updateWeeks: updateWeeks.map((row) => row.weekStart).sort(),
    reflections,
    education,
    assessments,
    certifications: certificationRows,
    positions: positionRows,
  };
}

/**
 * The index for each month from `firstMonth` to `lastMonth` (YYYY-MM), skipping months without
 * enough data. Points come from trajectory_points while the user's history_version is unchanged;
 * otherwise the history is loaded once, every month of the range recomputed and stored.
 */
export async function loadTrajectorySeries(userId: string, firstMonth: string, lastMonth: string): Promise<TrajectoryPoint[]> {
  const ends = monthEnds(firstMonth, lastMonth);
  const [first, last] = [ends[0], ends.at(-1)];
  if (!first || !last) return [];
  // The version is read before the history: if the history changes in between, the points
  // are stored under a version that is already stale, so they are recomputed next time.
  const rows = await db()
    .select({ historyVersion: users.historyVersion, monthEnd: trajectoryPoints.monthEnd, factorValues: trajectoryPoints.factorValues })
    .from(users)
    .leftJoin(
      trajectoryPoints,
      and(
        eq(trajectoryPoints.userId, users.id),
        between(trajectoryPoints.monthEnd, first, last),
        eq(trajectoryPoints.historyVersion, users.historyVersion),
        eq(trajectoryPoints.rulesVersion, trajectoryRulesVersion),
      ),
    )
    .where(eq(users.id, userId));
  const owner = rows[0];
  if (!owner) return [];
  const cached = rows.flatMap((row) => (row.monthEnd === null ? [] : [{ monthEnd: row.monthEnd, factorValues: row.factorValues }]));

  let valuesByMonth: Map<IsoDate, TrajectoryFactorValues | null>;
  if (cached.length === ends.length) {
    valuesByMonth = new Map(cached.map((row) => [row.monthEnd, row.factorValues]));
  } else {
    const history = await loadTrajectoryHistory(userId);
    valuesByMonth = new Map(ends.map((end) => [end, trajectoryFactorValuesAt(history, end)]));
    await db()
      .insert(trajectoryPoints)
      .values(
        ends.map((monthEnd) => ({
          userId,
          monthEnd,
          historyVersion: owner.historyVersion,
          rulesVersion: trajectoryRulesVersion,
          factorValues: valuesByMonth.get(monthEnd) ?? null,
        })),
      )
      .onConflictDoUpdate({
        target: [trajectoryPoints.userId, trajectoryPoints.monthEnd],
        set: {
          historyVersion: sql`excluded.history_version`,
          rulesVersion: sql`excluded.rules_version`,
          factorValues: sql`excluded.factor_values`,
        },
        // A slower request that read an older version must not overwrite newer points.
        setWhere: sql`${trajectoryPoints.historyVersion} <= excluded.history_version`,
      });
  }
  return ends.flatMap((end) => {
    const values = valuesByMonth.get(end);
    return values ? [trajectoryPoint(end, values)] : [];
  });
}

/** The month (YYYY-MM) of the user's earliest goal, role or weekly update; null for an empty account. */
export async function firstActivityMonth(userId: string): Promise<string | null> {
  const [row] = await db()
    .select({
      first: sql<string | null>`least(
        (${db().select({ value: min(goals.startDate) }).from(goals).where(eq(goals.userId, userId))}),
        (${db().select({ value: min(positions.startedOn) }).from(positions).where(eq(positions.userId, userId))}),
        (${db().select({ value: min(weeklyUpdates.weekStart) }).from(weeklyUpdates).where(eq(weeklyUpdates.userId, userId))})
      )::text`,
    })
    .from(sql`(select 1) as one`);
  return row?.first ? row.first.slice(0, 7) : null;
}

/** Weekly alignment ratings from `since` on, oldest first. */
export async function listReflectionsSince(userId: string, since: IsoDate) {
  return db()
    .select({ weekStart: weeklyReflections.weekStart, alignment: weeklyReflections.alignment })
    .from(weeklyReflections)
    .where(and(eq(weeklyReflections.userId, userId), gte(weeklyReflections.weekStart, since)))
    .orderBy(asc(weeklyReflections.weekStart));
}
