import { eq, getTableName, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { db } from '@/db/client';
import { loadDashboardTrends } from '@/db/loaders/dashboard';
import {
  dashboardTrendsValue,
  dashboardValue,
  derivedValues,
  readinessValue,
  reviewValue,
  goalsPageValue,
  weeklyPageValue,
  careerPageValue,
  cvPageValue,
  achievementsPageValue,
  peoplePageValue,
  feedbackPageValue,
  nextRolePageValue,
  tablesReadByDerivedValues,
  trajectoryIndexValue,
  weeklyBadgeValue,
  settingsPageValue,
} from '@/db/loaders/derived-values';
import { loadSettingsView } from '@/db/loaders/settings-view';
import { loadDashboardView } from '@/db/loaders/dashboard-view';
import { loadReviewView } from '@/db/loaders/review-view';
import {
  loadAchievementsView,
  loadCareerView,
  loadCvView,
  loadFeedbackView,
  loadGoalsView,
  loadNextRoleView,
  loadPeopleView,
  loadWeeklyView,
} from '@/db/loaders/record-views';
import { forgetHistoryMemo, type HistoryOwner } from '@/db/loaders/history-memo';
import { loadWeeklyUpdateDue } from '@/db/loaders/weekly-badge';
import { findCredentialsByEmail, findUserProfile, type UserProfile } from '@/db/queries/account/users';
import { whileHistoryUnchanged } from '@/db/loaders/history-cache';
import { loadTrajectorySeries } from '@/db/loaders/trajectory-series';
import { loadReadinessSeries } from '@/db/loaders/readiness';
import { findCurrentTargetRole } from '@/db/queries/next-role/target-roles';
import { loadTrajectoryHistory } from '@/db/queries/trajectory/history';
import { historyCache, readinessPoints, trajectoryPoints, users } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { trajectorySeries } from '@/lib/trajectory/trajectory-index';
import { currentWeekStart, localDate, type IsoDate } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';
import { tablesMissingHistoryTrigger, tablesScannedBy } from '../support/derived-values';
import { createTestGoal, createTestUser } from '../support/fixtures';

const today = localDate(new Date(), 'UTC');
const threeYearsAgo = `${Number(today.slice(0, 4)) - 3}-01`;

const thisWeek = currentWeekStart(new Date(), 'UTC', 1);

/**
 * A value kept in this process's memory (db/loaders/history-memo.ts), computed here rather than served: the memory
 * is forgotten first. The version in the key does not matter then.
 */
async function computedAgain<T>(userId: string, load: (owner: HistoryOwner, user: UserProfile) => Promise<T>) {
  const user = await findUserProfile(userId);
  if (!user) throw new Error('the account is gone');
  forgetHistoryMemo();
  return load({ userId, historyVersion: 0 }, user);
}

/** How each registered value is computed from nothing stored, by name: a new entry of the registry needs one here. */
const computations: Record<string, (userId: string) => Promise<unknown>> = {
  [trajectoryIndexValue.name]: (userId) => loadTrajectorySeries(userId, threeYearsAgo, today),
  [dashboardTrendsValue.name]: (userId) => loadDashboardTrends(userId, threeYearsAgo, today),
  [readinessValue.name]: async (userId) => {
    const role = await findCurrentTargetRole(userId);
    if (!role) throw new Error('the account has no target role');
    return loadReadinessSeries(userId, role.id, threeYearsAgo, today.slice(0, 7));
  },
  [dashboardValue.name]: (userId) => computedAgain(userId, (owner, user) => loadDashboardView(owner, user, '3y')),
  [reviewValue.name]: (userId) =>
    computedAgain(userId, (owner, user) => loadReviewView(owner, user, Number(today.slice(0, 4)), today)),
  [goalsPageValue.name]: (userId) => computedAgain(userId, (owner) => loadGoalsView(owner)),
  [weeklyPageValue.name]: (userId) => computedAgain(userId, (owner) => loadWeeklyView(owner, thisWeek)),
  [careerPageValue.name]: (userId) => computedAgain(userId, (owner) => loadCareerView(owner, today)),
  [cvPageValue.name]: (userId) => computedAgain(userId, (owner, user) => loadCvView(owner, user, today)),
  [achievementsPageValue.name]: (userId) => computedAgain(userId, (owner) => loadAchievementsView(owner)),
  [peoplePageValue.name]: (userId) => computedAgain(userId, (owner) => loadPeopleView(owner)),
  [feedbackPageValue.name]: (userId) => computedAgain(userId, (owner) => loadFeedbackView(owner)),
  [nextRolePageValue.name]: (userId) => computedAgain(userId, (owner) => loadNextRoleView(owner, today, 36)),
  [weeklyBadgeValue.name]: (userId) => computedAgain(userId, (owner) => loadWeeklyUpdateDue(owner, thisWeek)),
  [settingsPageValue.name]: (userId) => computedAgain(userId, (owner) => loadSettingsView(owner)),
};

/** Where values are stored and the version they are compared with: read by every loader, derived from by none. */
const bookkeeping = new Set<string>(
  [users, historyCache, trajectoryPoints, readinessPoints].map((table) => getTableName(table)),
);

describeOnEachDatabase('the registry of derived values against the migrated database', () => {
  it('has a history trigger for insert, update and delete on every table a derived value reads', async () => {
    expect(tablesReadByDerivedValues()).toEqual(
      expect.arrayContaining([
        'certifications',
        'education_entries',
        'goal_milestones',
        'goals',
        'person_interactions',
        'positions',
        'skill_assessments',
        'skills',
        'weekly_reflections',
        'weekly_updates',
      ]),
    );
    expect(await tablesMissingHistoryTrigger()).toEqual([]);
  });

  it('lists every table a computation scans, for an account with data in all of them', async () => {
    await seedDemoAccount('demo password 1');
    const demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
    expect(Object.keys(computations).sort()).toEqual(derivedValues.map((value) => value.name).sort());
    for (const value of derivedValues) {
      const compute = computations[value.name];
      if (!compute) throw new Error(`no computation for ${value.name}`);
      const scanned = (await tablesScannedBy(() => compute(demoId))).filter((table) => !bookkeeping.has(table));
      expect(scanned.length, `${value.name} is computed, not read back`).toBeGreaterThan(0);
      // An unlisted table it reads would let stale values be served; a listed one it skips only costs a recompute.
      const listed = new Set(value.reads.map((table) => getTableName(table)));
      expect(
        scanned.filter((table) => !listed.has(table)),
        `${value.name} reads tables its registry entry does not name`,
      ).toEqual([]);
    }
  });
});

describeOnEachDatabase('the history trigger check', () => {
  it('reports a table whose trigger is missing', async () => {
    await db().execute(sql`DROP TRIGGER certifications_history_delete ON certifications`);
    expect(await tablesMissingHistoryTrigger()).toEqual([{ table: 'certifications', events: ['DELETE'] }]);
    expect(await tablesMissingHistoryTrigger(['ended_sessions'])).toEqual([
      { table: 'ended_sessions', events: ['INSERT', 'UPDATE', 'DELETE'] },
    ]);
  });
});

describeOnEachDatabase('a change of the rules version', () => {
  it('recomputes the dashboard trends stored by other rules', async () => {
    const user = await createTestUser('trends');
    await createTestGoal(user, { startDate: '2025-06-02' });
    const firstMonth = '2025-12';
    const day: IsoDate = '2026-11-25';
    const stored = await loadDashboardTrends(user, firstMonth, day);
    const byOtherRules = { purpose: [], skills: [{ name: 'computed by other rules', now: 1, yearAgo: 0 }] };
    // Same rules, same parameters as the loader: the stored trends are served.
    expect(
      await whileHistoryUnchanged(user, dashboardTrendsValue, `${firstMonth} ${day}`, () =>
        Promise.resolve(byOtherRules),
      ),
    ).toEqual(stored);

    const newerRules = { ...dashboardTrendsValue, rulesVersion: dashboardTrendsValue.rulesVersion + 1 };
    expect(
      await whileHistoryUnchanged(user, newerRules, `${firstMonth} ${day}`, () => Promise.resolve(byOtherRules)),
    ).toEqual(byOtherRules);
    expect(
      await whileHistoryUnchanged(user, newerRules, `${firstMonth} ${day}`, () => Promise.resolve(stored)),
    ).toEqual(byOtherRules);
    expect(await loadDashboardTrends(user, firstMonth, day)).toEqual(stored);
  });

  it('recomputes the index points stored by other rules', async () => {
    const user = await createTestUser('index');
    await createTestGoal(user, { horizon: 'long', startDate: '2025-01-06' });
    const series = await loadTrajectorySeries(user, '2025-01', today);
    expect(series).toEqual(trajectorySeries(await loadTrajectoryHistory(user), '2025-01', today));
    expect(series.some((point) => point.score < 100)).toBe(true);

    const fullMarks = { horizon: 1, learning: 1, credentials: 1, advancement: 1, consistency: 1, purpose: 1 };
    await db().update(trajectoryPoints).set({ factorValues: fullMarks }).where(eq(trajectoryPoints.userId, user));
    // Same rules: the stored points are served, whatever they say.
    const served = await loadTrajectorySeries(user, '2025-01', today);
    expect(served.length).toBe(series.length);
    expect(served.every((point) => point.score === 100)).toBe(true);

    await db()
      .update(trajectoryPoints)
      .set({ rulesVersion: trajectoryIndexValue.rulesVersion - 1 })
      .where(eq(trajectoryPoints.userId, user));
    expect(await loadTrajectorySeries(user, '2025-01', today)).toEqual(series);
  });
});
