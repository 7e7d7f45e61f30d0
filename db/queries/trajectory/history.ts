// Everything the trajectory index reads, in one query per table (no query per
// goal or per week), already reduced to the columns the rules need.
import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gte, min, sql } from 'drizzle-orm';
import { type TrajectoryHistory } from '@/lib/trajectory/trajectory-index';
import type { IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import {
  certifications,
  educationEntries,
  goals,
  payRecords,
  positions,
  skillAssessments,
  weeklyReflections,
  weeklyUpdates,
} from '@/db/schema';

const parentGoals = alias(goals, 'parent_goals');

export async function loadTrajectoryHistory(userId: string): Promise<TrajectoryHistory> {
  const [goalRows, updateWeeks, reflections, education, assessments, certificationRows, positionRows, payRows] =
    await Promise.all([
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
      db()
        .selectDistinct({ weekStart: weeklyUpdates.weekStart })
        .from(weeklyUpdates)
        .where(eq(weeklyUpdates.userId, userId)),
      db()
        .select({ weekStart: weeklyReflections.weekStart, alignment: weeklyReflections.alignment })
        .from(weeklyReflections)
        .where(eq(weeklyReflections.userId, userId)),
      db()
        .select({
          startedOn: educationEntries.startedOn,
          completedOn: educationEntries.completedOn,
          hours: educationEntries.hours,
        })
        .from(educationEntries)
        .where(eq(educationEntries.userId, userId)),
      db()
        .select({
          skillId: skillAssessments.skillId,
          assessedOn: skillAssessments.assessedOn,
          level: skillAssessments.level,
        })
        .from(skillAssessments)
        .where(eq(skillAssessments.userId, userId)),
      db()
        .select({ earnedOn: certifications.earnedOn, expiresOn: certifications.expiresOn })
        .from(certifications)
        .where(eq(certifications.userId, userId)),
      db()
        .select({
          id: positions.id,
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
      db()
        .select({
          positionId: payRecords.positionId,
          effectiveOn: payRecords.effectiveOn,
          currency: payRecords.currency,
          baseKind: payRecords.baseKind,
          baseAmount: payRecords.baseAmount,
          hoursPerWeek: payRecords.hoursPerWeek,
          bonusTarget: payRecords.bonusTarget,
          bonusPaid: payRecords.bonusPaid,
          equityValue: payRecords.equityValue,
          equityVestingStart: payRecords.equityVestingStart,
          equityVestingYears: payRecords.equityVestingYears,
        })
        .from(payRecords)
        .where(eq(payRecords.userId, userId)),
    ]);
  return {
    goals: goalRows.map((goal) => ({ ...goal, servesLongTermGoal: Boolean(goal.servesLongTermGoal) })),
    updateWeeks: updateWeeks.map((row) => row.weekStart).sort(),
    reflections,
    education,
    assessments,
    certifications: certificationRows,
    positions: positionRows,
    payRecords: payRows,
  };
}

/** The month (YYYY-MM) of the user's earliest goal, role or weekly update; null for an empty account. */
export async function firstActivityMonth(userId: string): Promise<string | null> {
  const [row] = await db()
    .select({
      first: sql<string | null>`least(
        (${db()
          .select({ value: min(goals.startDate) })
          .from(goals)
          .where(eq(goals.userId, userId))}),
        (${db()
          .select({ value: min(positions.startedOn) })
          .from(positions)
          .where(eq(positions.userId, userId))}),
        (${db()
          .select({ value: min(weeklyUpdates.weekStart) })
          .from(weeklyUpdates)
          .where(eq(weeklyUpdates.userId, userId))})
      )::text`,
    })
    .from(sql`(select 1) as one`);
  return row?.first ? row.first.slice(0, 7) : null;
}

/** Weekly alignment ratings, with the week's hours worked and balance rating, from `since` on, oldest first. */
export async function listReflectionsSince(userId: string, since: IsoDate) {
  return db()
    .select({
      weekStart: weeklyReflections.weekStart,
      alignment: weeklyReflections.alignment,
      hoursWorked: weeklyReflections.hoursWorked,
      balance: weeklyReflections.balance,
    })
    .from(weeklyReflections)
    .where(and(eq(weeklyReflections.userId, userId), gte(weeklyReflections.weekStart, since)))
    .orderBy(asc(weeklyReflections.weekStart));
}
