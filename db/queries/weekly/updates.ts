// The weekly ritual's data: which goals a week asks about, what was saved, and
// saving a whole week at once.
import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { confidenceMessage, type WeeklySubmission } from '@/lib/weekly/schema';
import { isCheckedIn } from '@/lib/weekly/check-in';
import { addDays } from '@/lib/dates/calendar';
import { AppError, StaleEditError } from '@/lib/errors';
import { storedWeekFields } from '@/lib/weekly/stored-week';
import { db, inTransaction } from '@/db/client';
import { goalMilestones, goals, users, weeklyReflections, weeklyUpdates, type Goal } from '@/db/schema';

export type WeekGoal = Goal & {
  thisWeek: { value: number | null; confidence: number; note: string } | null;
  previous: { value: number | null; confidence: number; weekStart: string } | null;
  milestones: { id: string; title: string; doneByThisWeek: boolean }[];
};

/** Goals that were active during the week: started by its end, not paused or closed before it began. */
export async function listGoalsForWeek(userId: string, weekStart: string): Promise<WeekGoal[]> {
  const weekEnd = addDays(weekStart, 6);
  const rows = await db()
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.userId, userId),
        lte(goals.startDate, weekEnd),
        or(eq(goals.status, 'active'), gte(goals.statusChangedOn, weekStart)),
      ),
    )
    .orderBy(asc(goals.horizon), sql`${goals.targetDate} ASC NULLS LAST`, asc(goals.title));
  if (rows.length === 0) return [];
  const ids = rows.map((goal) => goal.id);

  const [thisWeek, previous, milestones] = await Promise.all([
    db()
      .select()
      .from(weeklyUpdates)
      .where(
        and(
          eq(weeklyUpdates.userId, userId),
          inArray(weeklyUpdates.goalId, ids),
          eq(weeklyUpdates.weekStart, weekStart),
        ),
      ),
    db()
      .selectDistinctOn([weeklyUpdates.goalId])
      .from(weeklyUpdates)
      .where(
        and(
          eq(weeklyUpdates.userId, userId),
          inArray(weeklyUpdates.goalId, ids),
          lt(weeklyUpdates.weekStart, weekStart),
        ),
      )
      .orderBy(weeklyUpdates.goalId, desc(weeklyUpdates.weekStart)),
    db()
      .select()
      .from(goalMilestones)
      .where(and(eq(goalMilestones.userId, userId), inArray(goalMilestones.goalId, ids)))
      .orderBy(asc(goalMilestones.position)),
  ]);

  const thisWeekByGoal = new Map(thisWeek.map((update) => [update.goalId, update]));
  const previousByGoal = new Map(previous.map((update) => [update.goalId, update]));
  return rows.map((goal) => {
    const saved = thisWeekByGoal.get(goal.id);
    const before = previousByGoal.get(goal.id);
    return {
      ...goal,
      thisWeek: saved ? { value: saved.value, confidence: saved.confidence, note: saved.note } : null,
      previous: before ? { value: before.value, confidence: before.confidence, weekStart: before.weekStart } : null,
      milestones: milestones
        .filter((milestone) => milestone.goalId === goal.id)
        .map((milestone) => ({
          id: milestone.id,
          title: milestone.title,
          doneByThisWeek: milestone.completedWeek !== null && milestone.completedWeek <= weekStart,
        })),
    };
  });
}

export async function findReflection(userId: string, weekStart: string) {
  const [reflection] = await db()
    .select()
    .from(weeklyReflections)
    .where(and(eq(weeklyReflections.userId, userId), eq(weeklyReflections.weekStart, weekStart)));
  return reflection;
}

/** Every week with an update or a reflection, newest first. Cached per request: the layout and pages both ask. */
export const listWeeksWithUpdates = cache(async function listWeeksWithUpdates(userId: string): Promise<string[]> {
  const [updateWeeks, reflectionWeeks] = await Promise.all([
    db()
      .selectDistinct({ weekStart: weeklyUpdates.weekStart })
      .from(weeklyUpdates)
      .where(eq(weeklyUpdates.userId, userId)),
    db()
      .select({ weekStart: weeklyReflections.weekStart })
      .from(weeklyReflections)
      .where(eq(weeklyReflections.userId, userId)),
  ]);
  const weeks = new Set([...updateWeeks, ...reflectionWeeks].map((row) => row.weekStart));
  return [...weeks].sort().reverse();
});

/**
 * Whether the week's update is still to do: the user has active goals and saved nothing for that week (the
 * same rule as weeklyStatus's dueThisWeek). One query, for the badge the layout shows on every page.
 */
export async function isWeeklyUpdateDue(userId: string, weekStart: string): Promise<boolean> {
  const [row] = await db()
    .select({
      due: sql<boolean>`exists (select 1 from ${goals} where ${goals.userId} = ${userId} and ${goals.status} = 'active')
        and not exists (select 1 from ${weeklyUpdates}
          where ${weeklyUpdates.userId} = ${userId} and ${weeklyUpdates.weekStart} = ${weekStart})
        and not exists (select 1 from ${weeklyReflections}
          where ${weeklyReflections.userId} = ${userId} and ${weeklyReflections.weekStart} = ${weekStart})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row?.due === true;
}

/** A goal or milestone of the submitted week that is not one of the user's for that week: a stale or forged page. */
const unknownGoalInWeek = () =>
  new AppError(
    'not-found',
    'One of these goals could not be found for this week. Nothing was saved; reload the page and try again.',
  );

/**
 * Saves a whole week in one transaction: the update of every goal the user checked in on (a goal left
 * alone saves nothing) and the reflection. Saving the same week
 * again updates those rows in place, but only over the version the form was loaded from: a week saved in
 * between by another tab is a StaleEditError carrying that save, and nothing is written. Returns the
 * week's new version.
 */
export async function saveWeek(userId: string, submission: WeeklySubmission): Promise<{ version: number }> {
  const { weekStart, version: loadedVersion, entries, reflection } = submission;
  return inTransaction(async () => {
    // First, so a stale save writes nothing and two saves of one week queue on the reflection row.
    const version = await saveReflectionOver(userId, weekStart, loadedVersion, reflection);
    const eligible = new Map((await listGoalsForWeek(userId, weekStart)).map((goal) => [goal.id, goal]));
    for (const entry of entries) {
      const goal = eligible.get(entry.goalId);
      if (!goal) throw unknownGoalInWeek();
      if (!isCheckedIn(goal, entry)) continue;
      // Progress or a note without a rating: asked for, not made up; the transaction keeps nothing.
      if (entry.confidence === undefined) {
        throw new AppError('invalid-input', confidenceMessage, `confidence:${goal.id}`);
      }
      const { confidence } = entry;

      let value: number | null = null;
      if (goal.targetKind === 'numeric') value = entry.value ?? null;
      if (goal.targetKind === 'done') value = entry.done ? 1 : 0;
      if (goal.targetKind === 'milestones')
        value = await tickMilestones(userId, goal, new Set(entry.milestoneIds), weekStart);

      await db()
        .insert(weeklyUpdates)
        .values({ userId, goalId: goal.id, weekStart, value, confidence, note: entry.note })
        .onConflictDoUpdate({
          target: [weeklyUpdates.goalId, weeklyUpdates.weekStart],
          set: { value, confidence, note: entry.note, updatedAt: new Date() },
        });
    }
    return { version };
  });
}

/**
 * Compare-and-set on the week's reflection, the row every save of the week writes: a first save inserts it
 * at version 1 unless another first save did (the unique index decides; on PostgreSQL the second insert
 * waits for the first to commit), a later save updates it only while it is still at the loaded version.
 */
async function saveReflectionOver(
  userId: string,
  weekStart: string,
  loadedVersion: number,
  reflection: WeeklySubmission['reflection'],
): Promise<number> {
  const [saved] =
    loadedVersion === 0
      ? await db()
          .insert(weeklyReflections)
          .values({ userId, weekStart, ...reflection, version: 1 })
          .onConflictDoNothing({ target: [weeklyReflections.userId, weeklyReflections.weekStart] })
          .returning({ version: weeklyReflections.version })
      : await db()
          .update(weeklyReflections)
          .set({ ...reflection, version: sql`${weeklyReflections.version} + 1`, updatedAt: new Date() })
          .where(
            and(
              eq(weeklyReflections.userId, userId),
              eq(weeklyReflections.weekStart, weekStart),
              eq(weeklyReflections.version, loadedVersion),
            ),
          )
          .returning({ version: weeklyReflections.version });
  if (saved) return saved.version;

  const stored = await findReflection(userId, weekStart);
  // Loaded at a version, yet no longer there: the week moved (a new week start) or was deleted.
  if (!stored) throw weekChangedUnderneath();
  const fields = storedWeekFields(await listGoalsForWeek(userId, weekStart), stored);
  throw new StaleEditError({ version: stored.version, savedAt: stored.updatedAt, ...fields });
}

const weekChangedUnderneath = () =>
  new AppError('not-found', 'This week changed since you opened it. Nothing was saved; reload the page and try again.');

/** Applies the ticks as of `weekStart` and returns how many milestones are done by then. */
async function tickMilestones(userId: string, goal: WeekGoal, ticked: Set<string>, weekStart: string): Promise<number> {
  const known = new Set(goal.milestones.map((milestone) => milestone.id));
  for (const id of ticked) if (!known.has(id)) throw unknownGoalInWeek();
  const tickedIds = [...ticked];
  const untickedIds = goal.milestones.filter((milestone) => !ticked.has(milestone.id)).map((milestone) => milestone.id);
  if (tickedIds.length > 0) {
    // Ticked this week, unless it was already ticked earlier.
    await db()
      .update(goalMilestones)
      .set({
        completedWeek: sql`LEAST(COALESCE(${goalMilestones.completedWeek}, ${weekStart}::date), ${weekStart}::date)`,
      })
      .where(and(eq(goalMilestones.userId, userId), inArray(goalMilestones.id, tickedIds)));
  }
  if (untickedIds.length > 0) {
    // Unticked: not done as of this week. A tick recorded for a later week stays.
    await db()
      .update(goalMilestones)
      .set({ completedWeek: null })
      .where(
        and(
          eq(goalMilestones.userId, userId),
          inArray(goalMilestones.id, untickedIds),
          lte(goalMilestones.completedWeek, weekStart),
        ),
      );
  }
  // Weeks saved after this one store a count of milestones done by then; keep them true.
  await db()
    .update(weeklyUpdates)
    .set({
      value: sql`(SELECT count(*)::float FROM ${goalMilestones} m WHERE m.goal_id = ${goal.id} AND m.completed_week <= ${weeklyUpdates.weekStart})`,
    })
    .where(
      and(eq(weeklyUpdates.userId, userId), eq(weeklyUpdates.goalId, goal.id), gt(weeklyUpdates.weekStart, weekStart)),
    );
  return tickedIds.length;
}

/** The weeks between two dates whose reflection has a highlight, oldest first. */
export async function listReflectionsWithHighlightsIn(userId: string, from: string, to: string) {
  return db()
    .select({ weekStart: weeklyReflections.weekStart, highlight: weeklyReflections.highlight })
    .from(weeklyReflections)
    .where(
      and(
        eq(weeklyReflections.userId, userId),
        gte(weeklyReflections.weekStart, from),
        lte(weeklyReflections.weekStart, to),
        ne(weeklyReflections.highlight, ''),
      ),
    )
    .orderBy(asc(weeklyReflections.weekStart));
}

/** The weeks between two dates with hours worked or a balance rating, oldest first. */
export async function listBalanceWeeksIn(userId: string, from: string, to: string) {
  return db()
    .select({
      weekStart: weeklyReflections.weekStart,
      hoursWorked: weeklyReflections.hoursWorked,
      balance: weeklyReflections.balance,
    })
    .from(weeklyReflections)
    .where(
      and(
        eq(weeklyReflections.userId, userId),
        gte(weeklyReflections.weekStart, from),
        lte(weeklyReflections.weekStart, to),
        or(isNotNull(weeklyReflections.hoursWorked), isNotNull(weeklyReflections.balance)),
      ),
    )
    .orderBy(asc(weeklyReflections.weekStart));
}
