// Goals of one user. Every function takes the user id first and filters by it:
// another user's goal behaves exactly like a missing one.
import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { GoalStatus } from '@/lib/goals/vocabulary';
import type { GoalInput } from '@/lib/goals/schema';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { goalMilestones, goals, weeklyUpdates, type Goal, type GoalMilestone } from '@/db/schema';

export type GoalSummary = Goal & {
  latestValue: number | null;
  latestWeek: string | null;
  milestonesDone: number;
  milestonesTotal: number;
};

/** All of the user's goals with their progress facts; screens filter and sort these few rows in memory. */
export async function listGoals(userId: string): Promise<GoalSummary[]> {
  return withProgressFacts(selectGoalSummaries(userId).where(eq(goals.userId, userId)).orderBy(asc(goals.createdAt)));
}

/**
 * Goals with their latest weekly value and milestone counts in one query: one index lookup per
 * goal for each (LATERAL), not a pass over every update ever saved.
 */
function selectGoalSummaries(userId: string) {
  const latest = db()
    .select({ value: weeklyUpdates.value, weekStart: weeklyUpdates.weekStart })
    .from(weeklyUpdates)
    .where(and(eq(weeklyUpdates.goalId, goals.id), eq(weeklyUpdates.userId, userId)))
    .orderBy(desc(weeklyUpdates.weekStart))
    .limit(1)
    .as('latest_update');
  const milestones = db()
    .select({
      total: sql<number>`count(*)::int`.as('total'),
      done: sql<number>`count(${goalMilestones.completedWeek})::int`.as('done'),
    })
    .from(goalMilestones)
    .where(and(eq(goalMilestones.goalId, goals.id), eq(goalMilestones.userId, userId)))
    .as('milestone_counts');
  return db()
    .select({
      goal: goals,
      latestValue: latest.value,
      latestWeek: latest.weekStart,
      milestonesDone: milestones.done,
      milestonesTotal: milestones.total,
    })
    .from(goals)
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(milestones, sql`true`)
    .$dynamic();
}

async function withProgressFacts(query: ReturnType<typeof selectGoalSummaries>): Promise<GoalSummary[]> {
  return (await query).map((row) => ({
    ...row.goal,
    latestValue: row.latestValue,
    latestWeek: row.latestWeek,
    milestonesDone: row.milestonesDone ?? 0,
    milestonesTotal: row.milestonesTotal ?? 0,
  }));
}

export async function findGoal(userId: string, goalId: string): Promise<Goal | undefined> {
  const [goal] = await db()
    .select()
    .from(goals)
    .where(and(eq(goals.userId, userId), eq(goals.id, goalId)));
  return goal;
}

export async function findGoalSummary(userId: string, goalId: string): Promise<GoalSummary | undefined> {
  const [goal] = await withProgressFacts(
    selectGoalSummaries(userId).where(and(eq(goals.userId, userId), eq(goals.id, goalId))),
  );
  return goal;
}

export async function listMilestones(userId: string, goalId: string): Promise<GoalMilestone[]> {
  return db()
    .select()
    .from(goalMilestones)
    .where(and(eq(goalMilestones.userId, userId), eq(goalMilestones.goalId, goalId)))
    .orderBy(asc(goalMilestones.position));
}

export async function listGoalUpdates(userId: string, goalId: string) {
  return db()
    .select({
      weekStart: weeklyUpdates.weekStart,
      value: weeklyUpdates.value,
      confidence: weeklyUpdates.confidence,
      note: weeklyUpdates.note,
    })
    .from(weeklyUpdates)
    .where(and(eq(weeklyUpdates.userId, userId), eq(weeklyUpdates.goalId, goalId)))
    .orderBy(asc(weeklyUpdates.weekStart));
}

export async function listLinkedGoals(userId: string, parentGoalId: string): Promise<GoalSummary[]> {
  return withProgressFacts(
    selectGoalSummaries(userId)
      .where(and(eq(goals.userId, userId), eq(goals.parentGoalId, parentGoalId)))
      .orderBy(sql`${goals.targetDate} ASC NULLS LAST`, asc(goals.title)),
  );
}

/** Long-term goals a short-term goal can serve. */
export async function listLongTermGoalChoices(userId: string) {
  return db()
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goals)
    .where(and(eq(goals.userId, userId), eq(goals.horizon, 'long')))
    .orderBy(asc(goals.title));
}

/** The answer for a goal that is not there, or not the user's. */
export const goalNotFound = () => new AppError('not-found', 'That goal could not be found. It may have been deleted.');

async function assertParentIsOwnLongTermGoal(userId: string, parentGoalId: string | null, selfId?: string) {
  if (!parentGoalId) return;
  const parent = await findGoal(userId, parentGoalId);
  if (!parent || parent.horizon !== 'long' || parent.id === selfId) {
    throw new AppError('invalid-reference', 'Choose one of your long-term goals.', 'parentGoalId');
  }
}

type GoalFields = Omit<GoalInput, 'milestones'>;

export async function createGoal(userId: string, input: GoalInput, today: string): Promise<Goal> {
  return inTransaction(async () => {
    await assertParentIsOwnLongTermGoal(userId, input.parentGoalId);
    const { milestones, ...fields } = input;
    const [goal] = await db()
      .insert(goals)
      .values({ ...(fields satisfies GoalFields), userId, status: 'active', statusChangedOn: today })
      .returning();
    if (!goal) throw new Error('Goal insert returned nothing');
    if (milestones.length > 0) {
      await db()
        .insert(goalMilestones)
        .values(
          milestones.map((milestone, position) => ({ userId, goalId: goal.id, title: milestone.title, position })),
        );
    }
    return goal;
  });
}

/**
 * Saves edits over the version the form was loaded from (else a StaleEditError carrying the goal as saved);
 * milestones keep their ticks when their id is kept, and removed ones are deleted.
 */
export async function updateGoal(
  userId: string,
  goalId: string,
  input: GoalInput,
  loadedVersion: number,
): Promise<Goal> {
  return inTransaction(async () => {
    const existing = await findGoal(userId, goalId);
    if (!existing) throw goalNotFound();
    await assertParentIsOwnLongTermGoal(userId, input.parentGoalId, goalId);
    const { milestones, ...fields } = input;
    const guard = overLoadedVersion(goals.version, loadedVersion);
    const [goal] = await db()
      .update(goals)
      .set({ ...fields, version: guard.raised })
      .where(and(eq(goals.userId, userId), eq(goals.id, goalId), guard.stillLoaded))
      .returning();
    if (!goal) {
      const stored = await findGoal(userId, goalId);
      const storedMilestones = stored ? await listMilestones(userId, goalId) : [];
      refuseStaleEdit(stored, { milestoneTitle: storedMilestones.map((milestone) => milestone.title) });
      throw goalNotFound();
    }
    if (input.horizon === 'short') {
      // A goal turned short-term can no longer have goals serving it.
      await db()
        .update(goals)
        .set({ parentGoalId: null })
        .where(and(eq(goals.userId, userId), eq(goals.parentGoalId, goalId)));
    }

    const current = await listMilestones(userId, goalId);
    const keptIds = new Set(milestones.flatMap((milestone) => (milestone.id ? [milestone.id] : [])));
    const removed = current.filter((milestone) => !keptIds.has(milestone.id)).map((milestone) => milestone.id);
    if (removed.length > 0) {
      await db()
        .delete(goalMilestones)
        .where(and(eq(goalMilestones.userId, userId), inArray(goalMilestones.id, removed)));
    }
    const currentIds = new Set(current.map((milestone) => milestone.id));
    for (const [position, milestone] of milestones.entries()) {
      if (milestone.id && currentIds.has(milestone.id)) {
        await db()
          .update(goalMilestones)
          .set({ title: milestone.title, position })
          .where(and(eq(goalMilestones.userId, userId), eq(goalMilestones.id, milestone.id)));
      } else {
        await db().insert(goalMilestones).values({ userId, goalId, title: milestone.title, position });
      }
    }
    return goal;
  });
}

/** Changes the status and records when; asking for the status it already has changes nothing. */
export async function setGoalStatus(
  userId: string,
  goalId: string,
  status: GoalStatus,
  on: string,
): Promise<Goal | undefined> {
  const [goal] = await db()
    .update(goals)
    .set({ status, statusChangedOn: on })
    .where(and(eq(goals.userId, userId), eq(goals.id, goalId), ne(goals.status, status)))
    .returning();
  return goal ?? findGoal(userId, goalId);
}

export async function deleteGoal(userId: string, goalId: string): Promise<boolean> {
  const deleted = await db()
    .delete(goals)
    .where(and(eq(goals.userId, userId), eq(goals.id, goalId)))
    .returning({ id: goals.id });
  return deleted.length > 0;
}
