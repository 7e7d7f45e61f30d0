import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listGoalUpdates, listMilestones } from '@/db/queries/goals/goals';
import {
  findReflection,
  isWeeklyUpdateDue,
  listGoalsForWeek,
  listWeeksWithUpdates,
  saveWeek,
} from '@/db/queries/weekly/updates';
import { weeklyReflections, weeklyUpdates } from '@/db/schema';
import type { WeeklySubmission } from '@/lib/weekly/schema';
import { weeklyStatus } from '@/lib/weekly/status';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

const reflection = { alignment: 4, note: 'Good week', highlight: 'First JOIN', hoursWorked: null, balance: null };
const entry = (goalId: string, overrides: Partial<WeeklySubmission['entries'][number]> = {}) => ({
  goalId,
  value: undefined,
  done: false,
  milestoneIds: [],
  confidence: 3,
  note: '',
  ...overrides,
});

async function countRows(userId: string) {
  const [updates] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(weeklyUpdates)
    .where(sql`${weeklyUpdates.userId} = ${userId}`);
  const [reflections] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(weeklyReflections)
    .where(sql`${weeklyReflections.userId} = ${userId}`);
  return { updates: updates?.count, reflections: reflections?.count };
}

describeOnEachDatabase('the weekly update', () => {
  let userId = '';
  let other = '';
  beforeAll(async () => {
    userId = await createTestUser('weekly');
    other = await createTestUser('other');
  });

  it('saves every goal and the reflection; saving the week again updates in place', async () => {
    const numeric = await createTestGoal(userId);
    const done = await createTestGoal(userId, { title: 'Ask for feedback', targetKind: 'done' });
    const week = '2026-03-02';
    await saveWeek(userId, {
      weekStart: week,
      version: 0,
      entries: [entry(numeric.id, { value: 1, confidence: 4 }), entry(done.id, { done: true })],
      reflection,
    });
    await saveWeek(userId, {
      weekStart: week,
      version: 1,
      entries: [entry(numeric.id, { value: 2, confidence: 5, note: 'two done' }), entry(done.id, { done: true })],
      reflection: { ...reflection, alignment: 5 },
    });

    expect(await listGoalUpdates(userId, numeric.id)).toEqual([
      { weekStart: week, value: 2, confidence: 5, note: 'two done' },
    ]);
    expect(await listGoalUpdates(userId, done.id)).toEqual([{ weekStart: week, value: 1, confidence: 3, note: '' }]);
    expect(await findReflection(userId, week)).toMatchObject({ alignment: 5, highlight: 'First JOIN' });
    expect(await countRows(userId)).toEqual({ updates: 2, reflections: 1 });
    expect(await listWeeksWithUpdates(userId)).toEqual([week]);
  });

  it('saves nothing for a goal left as the form showed it, and asks for a rating when progress came without one', async () => {
    const touched = await createTestGoal(userId, { title: 'Touched' });
    const untouched = await createTestGoal(userId, { title: 'Left alone', targetKind: 'done' });
    const week = '2026-03-23';
    const unrated = { ...entry(untouched.id), confidence: undefined };

    await expect(
      saveWeek(userId, {
        weekStart: week,
        version: 0,
        entries: [{ ...entry(touched.id, { value: 2 }), confidence: undefined }, unrated],
        reflection,
      }),
    ).rejects.toMatchObject({ name: 'AppError', field: `confidence:${touched.id}` });
    expect(await findReflection(userId, week)).toBeUndefined();

    await saveWeek(userId, {
      weekStart: week,
      version: 0,
      entries: [entry(touched.id, { value: 2, confidence: 4 }), unrated],
      reflection,
    });
    expect(await listGoalUpdates(userId, touched.id)).toEqual([{ weekStart: week, value: 2, confidence: 4, note: '' }]);
    expect(await listGoalUpdates(userId, untouched.id)).toEqual([]);
  });

  it('is one transaction: a row that fails saves nothing at all', async () => {
    const first = await createTestGoal(userId, { title: 'First' });
    const second = await createTestGoal(userId, { title: 'Second' });
    const before = await countRows(userId);
    // Confidence 9 passes no form, but if it reached the database its check constraint would refuse it.
    await expect(
      saveWeek(userId, {
        weekStart: '2026-03-09',
        version: 0,
        entries: [entry(first.id, { value: 1 }), entry(second.id, { value: 1, confidence: 9 })],
        reflection,
      }),
    ).rejects.toThrow();
    expect(await countRows(userId)).toEqual(before);
    expect(await listGoalUpdates(userId, first.id)).toEqual([]);
  });

  it('refuses another user’s goal in the submission and saves nothing', async () => {
    const mine = await createTestGoal(userId, { title: 'Mine' });
    const theirs = await createTestGoal(other, { title: 'Theirs' });
    const before = await countRows(userId);
    await expect(
      saveWeek(userId, {
        weekStart: '2026-03-16',
        version: 0,
        entries: [entry(mine.id, { value: 1 }), entry(theirs.id, { value: 3 })],
        reflection,
      }),
    ).rejects.toMatchObject({ name: 'AppError', code: 'not-found' });
    expect(await countRows(userId)).toEqual(before);
    expect(await listGoalUpdates(other, theirs.id)).toEqual([]);
    expect((await listGoalsForWeek(userId, '2026-03-16')).some((goal) => goal.id === theirs.id)).toBe(false);
  });

  it('ticks milestones as of the week, so late-filled weeks tell the right history', async () => {
    const goal = await createTestGoal(userId, {
      targetKind: 'milestones',
      milestones: [{ title: 'A' }, { title: 'B' }],
    });
    const [a, b] = await listMilestones(userId, goal.id);
    if (!a || !b) throw new Error('setup');
    await saveWeek(userId, {
      weekStart: '2026-04-13',
      version: 0,
      entries: [entry(goal.id, { milestoneIds: [a.id, b.id] })],
      reflection,
    });
    // Filled in late: A was in fact done a week earlier.
    await saveWeek(userId, {
      weekStart: '2026-04-06',
      version: 0,
      entries: [entry(goal.id, { milestoneIds: [a.id] })],
      reflection,
    });
    const after = await listMilestones(userId, goal.id);
    expect(after.map((milestone) => milestone.completedWeek)).toEqual(['2026-04-06', '2026-04-13']);
    expect((await listGoalUpdates(userId, goal.id)).map((update) => [update.weekStart, update.value])).toEqual([
      ['2026-04-06', 1],
      ['2026-04-13', 2],
    ]);
    const asOfEarlier = await listGoalsForWeek(userId, '2026-04-06');
    expect(
      asOfEarlier.find((listed) => listed.id === goal.id)?.milestones.map((milestone) => milestone.doneByThisWeek),
    ).toEqual([true, false]);
  });

  it('unticking a milestone in a past week corrects the counts saved for later weeks', async () => {
    const goal = await createTestGoal(userId, {
      targetKind: 'milestones',
      milestones: [{ title: 'A' }, { title: 'B' }],
    });
    const [a, b] = await listMilestones(userId, goal.id);
    if (!a || !b) throw new Error('setup');
    await saveWeek(userId, {
      weekStart: '2026-06-01',
      version: 0,
      entries: [entry(goal.id, { milestoneIds: [a.id] })],
      reflection,
    });
    await saveWeek(userId, {
      weekStart: '2026-06-08',
      version: 0,
      entries: [entry(goal.id, { milestoneIds: [a.id, b.id] })],
      reflection,
    });
    // On second thought, A was not really done in the first week.
    await saveWeek(userId, {
      weekStart: '2026-06-01',
      version: 1,
      entries: [entry(goal.id, { milestoneIds: [] })],
      reflection,
    });
    expect((await listGoalUpdates(userId, goal.id)).map((update) => [update.weekStart, update.value])).toEqual([
      ['2026-06-01', 0],
      ['2026-06-08', 1],
    ]);
  });

  it('asks only about goals active during the week', async () => {
    const later = await createTestGoal(userId, { title: 'Starts in May', startDate: '2026-05-04' });
    expect((await listGoalsForWeek(userId, '2026-04-27')).some((goal) => goal.id === later.id)).toBe(false);
    expect((await listGoalsForWeek(userId, '2026-05-04')).some((goal) => goal.id === later.id)).toBe(true);
  });

  it('tells whether the week is due as the layout’s badge needs: active goals and nothing saved for that week', async () => {
    const due = await createTestUser('due');
    const neighbour = await createTestUser('due-neighbour');
    expect(await isWeeklyUpdateDue(due, '2026-09-07')).toBe(false); // no goals yet
    const goal = await createTestGoal(due);
    await createTestGoal(neighbour);
    expect(await isWeeklyUpdateDue(due, '2026-09-07')).toBe(true);
    await saveWeek(due, { weekStart: '2026-09-07', version: 0, entries: [entry(goal.id, { value: 1 })], reflection });
    expect(await isWeeklyUpdateDue(due, '2026-09-07')).toBe(false);
    expect(await isWeeklyUpdateDue(due, '2026-09-14')).toBe(true);
    // Another user's saved week counts for them only.
    expect(await isWeeklyUpdateDue(neighbour, '2026-09-07')).toBe(true);
    // The same answer as the weekly status computed from the whole list.
    const weeks = await listWeeksWithUpdates(due);
    expect(weeklyStatus(weeks, '2026-09-14', true).dueThisWeek).toBe(true);
    expect(weeklyStatus(weeks, '2026-09-07', true).dueThisWeek).toBe(false);
  });
});
