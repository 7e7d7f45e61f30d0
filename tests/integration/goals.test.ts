import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  deleteGoal,
  findGoal,
  listGoals,
  listLinkedGoals,
  listMilestones,
  setGoalStatus,
  updateGoal,
} from '@/db/queries/goals/goals';
import { goalInputSchema } from '@/lib/goals/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

describeOnEachDatabase('goals', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice');
    bob = await createTestUser('bob');
  });

  it('links a short-term goal to a long-term goal and lists it under it', async () => {
    const long = await createTestGoal(alice, {
      title: 'Become an analyst',
      horizon: 'long',
      category: 'advancement',
      targetKind: 'done',
    });
    const short = await createTestGoal(alice, { parentGoalId: long.id });
    expect((await listLinkedGoals(alice, long.id)).map((goal) => goal.id)).toEqual([short.id]);
  });

  it('refuses to link to another user’s goal, or to a short-term goal', async () => {
    const bobsLong = await createTestGoal(bob, { horizon: 'long', targetKind: 'done' });
    await expect(createTestGoal(alice, { parentGoalId: bobsLong.id })).rejects.toMatchObject({
      name: 'AppError',
      code: 'invalid-reference',
      field: 'parentGoalId',
    });
    const short = await createTestGoal(alice);
    await expect(createTestGoal(alice, { parentGoalId: short.id })).rejects.toMatchObject({
      name: 'AppError',
      code: 'invalid-reference',
      field: 'parentGoalId',
    });
  });

  it('keeps milestone ids across an edit and removes the ones taken out', async () => {
    const goal = await createTestGoal(alice, {
      targetKind: 'milestones',
      milestones: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }],
    });
    const [one, , three] = await listMilestones(alice, goal.id);
    const input = goalInputSchema.parse({
      title: 'Renamed',
      horizon: 'short',
      category: 'learning',
      targetKind: 'milestones',
      startDate: '2026-01-05',
      milestones: [{ id: three?.id, title: 'Three first' }, { id: one?.id, title: 'One' }, { title: 'Four' }],
    });
    await updateGoal(alice, goal.id, input, 1);
    const after = await listMilestones(alice, goal.id);
    expect(after.map((milestone) => milestone.title)).toEqual(['Three first', 'One', 'Four']);
    expect(after[0]?.id).toBe(three?.id);
    expect(after[1]?.id).toBe(one?.id);
  });

  describe('another user’s goal behaves like a missing one', () => {
    it('cannot be read, listed, edited, re-statused or deleted by someone else', async () => {
      const goal = await createTestGoal(alice, { title: 'Alice’s secret plan' });
      expect(await findGoal(bob, goal.id)).toBeUndefined();
      expect((await listGoals(bob)).some((listed) => listed.id === goal.id)).toBe(false);
      expect(await setGoalStatus(bob, goal.id, 'abandoned', '2026-02-02')).toBeUndefined();
      expect(await deleteGoal(bob, goal.id)).toBe(false);
      const input = goalInputSchema.parse({
        title: 'Hijacked',
        horizon: 'short',
        category: 'income',
        targetKind: 'done',
        startDate: '2026-01-05',
      });
      await expect(updateGoal(bob, goal.id, input, 1)).rejects.toMatchObject({ name: 'AppError', code: 'not-found' });

      expect(await findGoal(alice, goal.id)).toMatchObject({ title: 'Alice’s secret plan', status: 'active' });
    });

    it('answers the same for an id that never existed', async () => {
      expect(await findGoal(alice, randomUUID())).toBeUndefined();
      expect(await deleteGoal(alice, randomUUID())).toBe(false);
    });
  });

  it('records the date of a status change', async () => {
    const goal = await createTestGoal(alice);
    expect(await setGoalStatus(alice, goal.id, 'achieved', '2026-03-09')).toMatchObject({
      status: 'achieved',
      statusChangedOn: '2026-03-09',
    });
    // Asking again for the same status keeps the date it really changed.
    expect(await setGoalStatus(alice, goal.id, 'achieved', '2026-04-20')).toMatchObject({
      status: 'achieved',
      statusChangedOn: '2026-03-09',
    });
  });

  it('deleting a long-term goal keeps its short-term goals, unlinked', async () => {
    const long = await createTestGoal(alice, { horizon: 'long', targetKind: 'done' });
    const short = await createTestGoal(alice, { parentGoalId: long.id });
    expect(await deleteGoal(alice, long.id)).toBe(true);
    expect(await findGoal(alice, short.id)).toMatchObject({ parentGoalId: null });
  });
});
