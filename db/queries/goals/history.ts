// Goals over time: weekly readings and progress as they stood on past dates, for forecasts, the dashboard and the review.
import 'server-only';
import { and, desc, eq, gte, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { goalMilestones, goals, weeklyUpdates } from '@/db/schema';

/**
 * The latest `perGoal` weekly updates since `since` of each of the goals, oldest first: what the
 * forecasts read. One index range per goal (LATERAL … LIMIT), not a pass over all updates.
 */
export async function listRecentUpdates(userId: string, goalIds: string[], since: string, perGoal: number) {
  if (goalIds.length === 0) return [];
  const recent = db()
    .select({ weekStart: weeklyUpdates.weekStart, value: weeklyUpdates.value, confidence: weeklyUpdates.confidence })
    .from(weeklyUpdates)
    .where(
      and(eq(weeklyUpdates.goalId, goals.id), eq(weeklyUpdates.userId, userId), gte(weeklyUpdates.weekStart, since)),
    )
    .orderBy(desc(weeklyUpdates.weekStart))
    .limit(perGoal)
    .as('recent_updates');
  const rows = await db()
    .select({ goalId: goals.id, weekStart: recent.weekStart, value: recent.value, confidence: recent.confidence })
    .from(goals)
    .innerJoinLateral(recent, sql`true`)
    .where(and(eq(goals.userId, userId), inArray(goals.id, goalIds)));
  return rows.sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/**
 * Mean progress toward target (0–1) of the numeric and done/not-done goals updated in each month
 * since `since`, over every weekly reading of that month; progress as goalProgress reads it.
 */
export async function listMonthlyGoalProgress(
  userId: string,
  since: string,
): Promise<{ month: string; progress: number }[]> {
  const start = sql`coalesce(${goals.startValue}, 0)`;
  const progress = sql`case
    when ${goals.targetKind} = 'done' then case when ${weeklyUpdates.value} = 1 then 1 else 0 end
    when ${goals.targetValue} = ${start} then case when ${weeklyUpdates.value} = ${goals.targetValue} then 1 else 0 end
    else least(1, greatest(0, (${weeklyUpdates.value} - ${start}) / (${goals.targetValue} - ${start})))
  end`;
  const month = sql<string>`to_char(${weeklyUpdates.weekStart}, 'YYYY-MM')`;
  const rows = await db()
    .select({ month, progress: sql<number>`avg(${progress})::float8` })
    .from(weeklyUpdates)
    .innerJoin(goals, and(eq(goals.id, weeklyUpdates.goalId), eq(goals.userId, userId)))
    .where(
      and(
        eq(weeklyUpdates.userId, userId),
        gte(weeklyUpdates.weekStart, since),
        inArray(goals.targetKind, ['numeric', 'done']),
        isNotNull(weeklyUpdates.value),
        or(eq(goals.targetKind, 'done'), isNotNull(goals.targetValue)),
      ),
    )
    .groupBy(month)
    .orderBy(month);
  return rows.map((row) => ({ month: row.month, progress: Number(row.progress) }));
}

/**
 * Each goal's progress facts as they stood on a date: the latest weekly value on or before it and
 * the milestones ticked off by then. One LATERAL lookup per goal.
 */
export async function listGoalFactsOn(
  userId: string,
  date: string,
): Promise<{ goalId: string; latestValue: number | null; milestonesDone: number; milestonesTotal: number }[]> {
  const latest = db()
    .select({ value: weeklyUpdates.value })
    .from(weeklyUpdates)
    .where(
      and(eq(weeklyUpdates.goalId, goals.id), eq(weeklyUpdates.userId, userId), lte(weeklyUpdates.weekStart, date)),
    )
    .orderBy(desc(weeklyUpdates.weekStart))
    .limit(1)
    .as('value_then');
  const milestones = db()
    .select({
      total: sql<number>`count(*)::int`.as('total'),
      done: sql<number>`count(*) filter (where ${goalMilestones.completedWeek} <= ${date})::int`.as('done'),
    })
    .from(goalMilestones)
    .where(and(eq(goalMilestones.goalId, goals.id), eq(goalMilestones.userId, userId)))
    .as('milestones_then');
  const rows = await db()
    .select({
      goalId: goals.id,
      latestValue: latest.value,
      milestonesDone: milestones.done,
      milestonesTotal: milestones.total,
    })
    .from(goals)
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(milestones, sql`true`)
    .where(eq(goals.userId, userId));
  return rows.map((row) => ({
    goalId: row.goalId,
    latestValue: row.latestValue,
    milestonesDone: row.milestonesDone ?? 0,
    milestonesTotal: row.milestonesTotal ?? 0,
  }));
}
