import { beforeAll, expect, it } from 'vitest';
import { listGoalUpdates } from '@/db/queries/goals/goals';
import { findReflection, saveWeek } from '@/db/queries/weekly/updates';
import { StaleEditError } from '@/lib/errors';
import type { WeeklySubmission } from '@/lib/weekly/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

const week = (
  goalId: string,
  version: number,
  value: number,
  reflectionNote: string,
  weekStart = '2026-03-02',
): WeeklySubmission => ({
  weekStart,
  version,
  entries: [{ goalId, value, done: false, milestoneIds: [], confidence: 4, note: `value ${value}` }],
  reflection: { alignment: 3, note: reflectionNote, highlight: '', hoursWorked: null, balance: null },
});

/** What a save refused as stale carries: the other save, in the form's field names. */
async function staleEditOf(save: Promise<unknown>): Promise<StaleEditError> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof StaleEditError)) throw new Error(`expected a stale edit, got ${String(error)}`);
  return error;
}

describeOnEachDatabase('a week saved from two tabs', () => {
  let userId = '';
  beforeAll(async () => {
    userId = await createTestUser('two-tabs');
  });

  it('saving with the version the week was loaded from saves it and advances the version', async () => {
    const goal = await createTestGoal(userId, { title: 'Current version' });
    const first = await saveWeek(userId, week(goal.id, 0, 1, 'first', '2026-02-02'));
    expect(first.version).toBe(1);
    const second = await saveWeek(userId, week(goal.id, first.version, 2, 'second', '2026-02-02'));
    expect(second.version).toBe(2);
    expect(await findReflection(userId, '2026-02-02')).toMatchObject({ note: 'second', version: 2 });
    expect(await listGoalUpdates(userId, goal.id)).toEqual([
      { weekStart: '2026-02-02', value: 2, confidence: 4, note: 'value 2' },
    ]);
  });

  it('a save over a newer save is a conflict carrying the other save, and the stored week is unchanged', async () => {
    const goal = await createTestGoal(userId, { title: 'Stale version' });
    // Both tabs opened the week at version 1; the first tab saved, making it 2.
    const loaded = await saveWeek(userId, week(goal.id, 0, 1, 'loaded'));
    const otherTab = await saveWeek(userId, week(goal.id, loaded.version, 3, 'from the other tab'));

    const conflict = await staleEditOf(saveWeek(userId, week(goal.id, loaded.version, 7, 'from this tab')));
    expect(conflict.code).toBe('conflict');
    expect(conflict.stored.version).toBe(otherTab.version);
    expect(conflict.stored.savedAt).toBeInstanceOf(Date);
    expect(conflict.stored.values).toMatchObject({
      [`value:${goal.id}`]: '3',
      [`confidence:${goal.id}`]: '4',
      [`note:${goal.id}`]: 'value 3',
      alignment: '3',
      reflectionNote: 'from the other tab',
      highlight: '',
    });

    expect(await findReflection(userId, '2026-03-02')).toMatchObject({
      note: 'from the other tab',
      version: otherTab.version,
    });
    expect(await listGoalUpdates(userId, goal.id)).toEqual([
      { weekStart: '2026-03-02', value: 3, confidence: 4, note: 'value 3' },
    ]);

    // Keep mine: the same save again, now over the version the conflict showed.
    const kept = await saveWeek(userId, week(goal.id, conflict.stored.version, 7, 'from this tab'));
    expect(kept.version).toBe(otherTab.version + 1);
    expect(await findReflection(userId, '2026-03-02')).toMatchObject({ note: 'from this tab' });
  });

  it('two first saves of a week at once: one is saved, the other is a conflict, and there is one week', async () => {
    const goal = await createTestGoal(userId, { title: 'First saves' });
    const results = await Promise.allSettled([
      saveWeek(userId, week(goal.id, 0, 1, 'tab one', '2026-04-06')),
      saveWeek(userId, week(goal.id, 0, 2, 'tab two', '2026-04-06')),
    ]);
    const saved = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result): unknown[] => (result.status === 'rejected' ? [result.reason] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(StaleEditError);

    const stored = await findReflection(userId, '2026-04-06');
    expect(stored?.version).toBe(1);
    const winner = stored?.note === 'tab one' ? 1 : 2;
    expect(await listGoalUpdates(userId, goal.id)).toEqual([
      { weekStart: '2026-04-06', value: winner, confidence: 4, note: `value ${winner}` },
    ]);
    expect(refused[0]).toMatchObject({ stored: { version: 1, values: { reflectionNote: stored?.note } } });
  });

  it('a save from a page whose week was never saved, after another tab saved it, is a conflict', async () => {
    const goal = await createTestGoal(userId, { title: 'Late first save' });
    await saveWeek(userId, week(goal.id, 0, 1, 'first tab', '2026-05-04'));
    const conflict = await staleEditOf(saveWeek(userId, week(goal.id, 0, 2, 'second tab', '2026-05-04')));
    expect(conflict.stored).toMatchObject({ version: 1, values: { reflectionNote: 'first tab' } });
    expect(await findReflection(userId, '2026-05-04')).toMatchObject({ note: 'first tab', version: 1 });
  });
});
