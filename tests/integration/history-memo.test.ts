import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { db } from '@/db/client';
import { loadDashboardView } from '@/db/loaders/dashboard-view';
import { loadWeeklyUpdateDue } from '@/db/loaders/weekly-badge';
import { loadSettingsView } from '@/db/loaders/settings-view';
import { savePendingEmailChange } from '@/db/queries/auth/email-verifications';
import { enableTwoFactor, storePendingSecret } from '@/db/queries/auth/two-factor';
import { deleteFeed, storeFeedSecret } from '@/db/queries/calendar/feeds';
import { saveReminderChoices, turnReminderOff } from '@/db/queries/reminders/settings';
import type { HistoryOwner } from '@/db/loaders/history-memo';
import { findUserProfile, type UserProfile } from '@/db/queries/account/users';
import { findSessionStanding } from '@/db/queries/auth/sessions';
import { addInteraction, createPerson } from '@/db/queries/people/people';
import { goalMilestones, recoveryCodes, users } from '@/db/schema';
import { currentWeekStart, localDate } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

/** What a request learns with its session check: the profile and the history version, as the database has them now. */
async function signedIn(userId: string): Promise<{ user: UserProfile; history: HistoryOwner }> {
  const standing = await findSessionStanding(userId, randomUUID());
  const user = await findUserProfile(userId);
  if (!standing || !user) throw new Error('the user is gone');
  return { user, history: { userId, historyVersion: standing.historyVersion } };
}

async function dashboardOf(userId: string) {
  const { user, history } = await signedIn(userId);
  return loadDashboardView(history, user, '12m');
}

describeOnEachDatabase('the dashboard kept in memory while the history is unchanged', () => {
  it('is served again until a change, then shows the change', async () => {
    const userId = await createTestUser('memo');
    await createTestGoal(userId, { title: 'Read four books' });
    const first = await dashboardOf(userId);
    expect(first.shownGoals.map(({ goal }) => goal.title)).toEqual(['Read four books']);
    expect(await dashboardOf(userId)).toBe(first);

    // A write made anywhere (another instance, another tab) raises the version the next request reads.
    await createTestGoal(userId, { title: 'Write a talk', targetDate: '2070-01-01' });
    const after = await dashboardOf(userId);
    expect(after).not.toBe(first);
    expect(after.shownGoals.map(({ goal }) => goal.title)).toEqual(['Write a talk', 'Read four books']);
  });

  it('counts people met and milestones as history', async () => {
    const userId = await createTestUser('people');
    const before = await dashboardOf(userId);
    expect(before.peopleMet).toBe(0);
    const person = await createPerson(userId, {
      name: 'Ada',
      relation: 'mentor',
      whereMet: '',
      notes: '',
      goalIds: [],
    });
    await addInteraction(userId, person.id, { occurredOn: localDate(new Date(), 'UTC'), kind: 'call', note: '' });
    expect((await dashboardOf(userId)).peopleMet).toBe(1);

    const goal = await createTestGoal(userId);
    expect((await dashboardOf(userId)).shownGoals[0]?.goal).toMatchObject({ id: goal.id, milestonesTotal: 0 });
    // Only the milestones change: their own trigger must raise the version.
    await db().insert(goalMilestones).values({ userId, goalId: goal.id, title: 'Chapter one', position: 0 });
    expect((await dashboardOf(userId)).shownGoals[0]?.goal).toMatchObject({ id: goal.id, milestonesTotal: 1 });
  });

  it('keeps each person’s dashboard apart, even at the same version', async () => {
    const [mine, theirs] = [await createTestUser('mine'), await createTestUser('theirs')];
    await createTestGoal(theirs, { title: 'Their goal' });
    await db().update(users).set({ historyVersion: 7 }).where(eq(users.id, mine));
    await db().update(users).set({ historyVersion: 7 }).where(eq(users.id, theirs));
    expect((await dashboardOf(theirs)).shownGoals.map(({ goal }) => goal.title)).toEqual(['Their goal']);
    expect((await dashboardOf(mine)).shownGoals).toEqual([]);
  });

  it('is frozen, so a page cannot change what the next request gets', async () => {
    const userId = await createTestUser('frozen');
    await createTestGoal(userId);
    const view = await dashboardOf(userId);
    expect(() => (view.shownGoals as unknown[]).pop()).toThrow(TypeError);
    expect((await dashboardOf(userId)).shownGoals).toHaveLength(1);
  });

  it('shows the weekly badge until the week is done', async () => {
    const userId = await createTestUser('badge');
    const week = currentWeekStart(new Date(), 'UTC', 1);
    const badge = async () => loadWeeklyUpdateDue((await signedIn(userId)).history, week);
    expect(await badge()).toBe(false);
    await createTestGoal(userId, { startDate: '2026-01-05' });
    expect(await badge()).toBe(true);
  });

  it('keeps the Settings page until a setting changes, and shows each change on the next visit', async () => {
    const userId = await createTestUser('settings');
    const settings = async () => loadSettingsView((await signedIn(userId)).history);
    const first = await settings();
    expect(first).toMatchObject({ feedOn: false, reminders: { weeklyOn: false }, twoFactor: { on: false } });
    expect(await settings()).toBe(first);
    expect((await findSessionStanding(userId, randomUUID()))?.passwordSet).toBe(true);

    await storeFeedSecret(userId, 'a'.repeat(64));
    expect((await settings()).feedOn).toBe(true);
    await saveReminderChoices(userId, {
      weeklyOn: true,
      weeklyDay: 1,
      weeklyHour: 9,
      certificationsOn: false,
      goalsOn: false,
    });
    expect((await settings()).reminders).toMatchObject({ weeklyOn: true, weeklyDay: 1 });
    await turnReminderOff(userId, 'weekly');
    expect((await settings()).reminders.weeklyOn).toBe(false);
    await savePendingEmailChange(userId, 'new-address@example.com', new Date());
    expect((await settings()).pendingEmail).toBe('new-address@example.com');
    await storePendingSecret(userId, 'sealed secret');
    await enableTwoFactor(
      userId,
      { sealedPendingSecret: 'sealed secret', step: 1, codeHashes: ['one', 'two'] },
      new Date(),
    );
    expect((await settings()).twoFactor).toMatchObject({ on: true, recoveryCodesLeft: 2 });
    await db().update(recoveryCodes).set({ usedAt: new Date() }).where(eq(recoveryCodes.codeHash, 'one'));
    expect((await settings()).twoFactor).toMatchObject({ on: true, recoveryCodesLeft: 1 });
    await deleteFeed(userId);
    expect((await settings()).feedOn).toBe(false);
  });
});
