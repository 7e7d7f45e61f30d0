import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createCertification, listCertifications } from '@/db/queries/career/certifications';
import { findSkill, listSkillsWithLevels } from '@/db/queries/career/skills';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listGoals } from '@/db/queries/goals/goals';
import { listMonthlyGoalProgress, listRecentUpdates } from '@/db/queries/goals/history';
import { firstActivityMonth, listReflectionsSince, loadTrajectoryHistory } from '@/db/queries/trajectory/history';
import { loadTrajectorySeries } from '@/db/loaders/trajectory-series';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import { listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import { skillAssessments, trajectoryPoints, users, weeklyUpdates } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { numericProgress } from '@/lib/goals/progress';
import { skillLevelsOn } from '@/lib/career/skills';
import { trajectoryIndexAt, trajectorySeries, type TrajectoryPoint } from '@/lib/trajectory/trajectory-index';
import { certificationSchema } from '@/lib/career/schema';
import { localDate } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

const historyVersion = async (userId: string) =>
  (await db().select({ version: users.historyVersion }).from(users).where(eq(users.id, userId)))[0]?.version;

/** Every weekly update since a date, oldest first: the straightforward reading to compare with. */
const allUpdatesSince = (userId: string, since: string) =>
  db()
    .select({ goalId: weeklyUpdates.goalId, weekStart: weeklyUpdates.weekStart, value: weeklyUpdates.value })
    .from(weeklyUpdates)
    .where(and(eq(weeklyUpdates.userId, userId), gte(weeklyUpdates.weekStart, since)))
    .orderBy(asc(weeklyUpdates.weekStart));

describeOnEachDatabase('trajectory history', () => {
  let demoId = '';
  const today = localDate(new Date(), 'UTC');
  beforeAll(async () => {
    await seedDemoAccount('demo password 1');
    demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
  });

  it('matches a straightforward reading of the same data through the per-area queries', async () => {
    const history = await loadTrajectoryHistory(demoId);
    const goals = await listGoals(demoId);
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    expect(history.goals.length).toBe(goals.length);
    expect(history.goals.filter((goal) => goal.servesLongTermGoal).length).toBe(
      goals.filter((goal) => goal.parentGoalId !== null && byId.get(goal.parentGoalId)?.horizon === 'long').length,
    );
    // In the demo every check-in week has both goal updates and a reflection.
    expect(new Set(history.updateWeeks)).toEqual(new Set(await listWeeksWithUpdates(demoId)));
    const [assessments] = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(skillAssessments)
      .where(eq(skillAssessments.userId, demoId));
    expect(history.assessments.length).toBe(assessments?.count);
    expect(history.education.length).toBe((await listEducation(demoId)).length);
    expect(history.certifications.length).toBe((await listCertifications(demoId)).length);
    expect(history.positions.length).toBe((await listPositions(demoId)).length);
  });

  it('reads skill levels now, a year ago and first within the year in SQL exactly as the level rules do', async () => {
    for (const date of ['2024-01-01', today]) {
      const skills = await listSkillsWithLevels(demoId, date);
      expect(skills.length).toBeGreaterThan(0);
      for (const skill of skills) {
        const assessments = (await findSkill(demoId, skill.id))?.assessments ?? [];
        expect({ now: skill.now, yearAgo: skill.yearAgo, firstWithinYear: skill.firstWithinYear }).toEqual(
          skillLevelsOn(assessments, date),
        );
      }
    }
  });

  it('tells the demo story: the index today is well above where it stood three years ago', async () => {
    const history = await loadTrajectoryHistory(demoId);
    const now = trajectoryIndexAt(history, today)?.score ?? 0;
    const threeYearsAgo =
      trajectoryIndexAt(history, `${Number(today.slice(0, 4)) - 3}${today.slice(4, 8)}01`)?.score ?? 0;
    expect(now).toBeGreaterThan(60);
    expect(now - threeYearsAgo).toBeGreaterThan(20);
  });

  it('serves the stored monthly points while the history is unchanged, and recomputes them after any change', async () => {
    const user = await createTestUser('cached');
    await createTestGoal(user, { horizon: 'long', startDate: '2024-03-04' });
    const firstMonth = '2023-06';
    const computed = async () => trajectorySeries(await loadTrajectoryHistory(user), firstMonth, today);

    const first = await loadTrajectorySeries(user, firstMonth, today);
    expect(first).toEqual(await computed());
    expect(first[0]?.monthEnd).toBe('2024-03-31');
    const stored = await db().select().from(trajectoryPoints).where(eq(trajectoryPoints.userId, user));
    expect(stored.length).toBeGreaterThan(first.length); // months before the goal are stored as "not enough data"
    expect(await loadTrajectorySeries(user, firstMonth, today)).toEqual(first);

    const before = await historyVersion(user);
    await createCertification(
      user,
      certificationSchema.parse({
        name: 'PMP',
        issuer: 'PMI',
        earnedOn: '2025-02-01',
        expiresOn: '',
        credentialId: '',
        credentialUrl: '',
      }),
    );
    expect(await historyVersion(user)).toBeGreaterThan(before ?? 0);
    const after = await loadTrajectorySeries(user, firstMonth, today);
    expect(after).toEqual(await computed());
    expect(after.at(-1)?.score).toBeGreaterThan(first.at(-1)?.score ?? 0);
  });

  it('keeps points stored by an older version from being served', async () => {
    const user = await createTestUser('stale');
    await createTestGoal(user, { horizon: 'short', startDate: '2025-01-06' });
    const series = await loadTrajectorySeries(user, '2025-01', today);
    await db()
      .update(trajectoryPoints)
      .set({
        factorValues: { horizon: 1, learning: 1, credentials: 1, advancement: 1, consistency: 1, purpose: 1 },
        historyVersion: -1,
      })
      .where(and(eq(trajectoryPoints.userId, user)));
    expect(await loadTrajectorySeries(user, '2025-01', today)).toEqual(series);
  });

  it('judges the running month as of the day asked, from points stored for each of its remaining days', async () => {
    const user = await createTestUser('running');
    await createTestGoal(user, { horizon: 'long', startDate: '2026-01-05' });
    const certification = { issuer: 'CNCF', earnedOn: '2024-11-01', credentialId: '', credentialUrl: '' };
    await createCertification(
      user,
      certificationSchema.parse({ ...certification, name: 'CKA', expiresOn: '2026-11-20' }),
    );
    const credentials = (points: TrajectoryPoint[]) =>
      points.at(-1)?.factors.find((factor) => factor.key === 'credentials')?.value;

    const early = await loadTrajectorySeries(user, '2026-10', '2026-11-10');
    expect(early.map((point) => point.monthEnd)).toEqual(['2026-10-31', '2026-11-10']);
    expect(credentials(early)).toBe(0.5); // still valid on the 10th, though expired by the month's end

    // A later day of the same month is read from what was stored, not computed again.
    const fullMarks = { horizon: 1, learning: 1, credentials: 1, advancement: 1, consistency: 1, purpose: 1 };
    await db()
      .update(trajectoryPoints)
      .set({ factorValues: fullMarks })
      .where(and(eq(trajectoryPoints.userId, user), eq(trajectoryPoints.monthEnd, '2026-11-26')));
    expect((await loadTrajectorySeries(user, '2026-10', '2026-11-26')).at(-1)?.score).toBe(100);

    // After a change, that day is computed again; the days before it are no longer kept.
    await createCertification(user, certificationSchema.parse({ ...certification, name: 'CKAD', expiresOn: '' }));
    const later = await loadTrajectorySeries(user, '2026-10', '2026-11-26');
    expect(later).toEqual(trajectorySeries(await loadTrajectoryHistory(user), '2026-10', '2026-11-26'));
    expect(credentials(later)).toBe(0.5); // the first has expired, the second counts
    const stored = await db()
      .select({ date: trajectoryPoints.monthEnd })
      .from(trajectoryPoints)
      .where(eq(trajectoryPoints.userId, user))
      .orderBy(asc(trajectoryPoints.monthEnd));
    expect(stored.map((row) => row.date)).toEqual([
      '2026-10-31',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });

  it('aggregates monthly goal progress as the progress rules do, update by update', async () => {
    const since = `${Number(today.slice(0, 4)) - 1}-01-01`;
    const goals = await listGoals(demoId);
    const counted = goals.filter(
      (goal) => goal.targetKind === 'done' || (goal.targetKind === 'numeric' && goal.targetValue !== null),
    );
    const updates = await allUpdatesSince(demoId, since);
    const byMonth = new Map<string, number[]>();
    for (const update of updates) {
      if (update.value === null) continue;
      const goal = counted.find((candidate) => candidate.id === update.goalId);
      if (!goal) continue;
      const progress =
        goal.targetKind === 'done'
          ? update.value === 1
            ? 1
            : 0
          : numericProgress(goal.startValue ?? 0, goal.targetValue ?? 0, update.value);
      const month = update.weekStart.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), progress]);
    }
    const expected = [...byMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, values]) => ({ month, progress: values.reduce((a, b) => a + b, 0) / values.length }));
    const actual = await listMonthlyGoalProgress(demoId, since);
    expect(actual.length).toBeGreaterThan(6);
    expect(actual.map((row) => row.month)).toEqual(expected.map((row) => row.month));
    actual.forEach((row, index) => expect(row.progress).toBeCloseTo(expected[index]?.progress ?? -1, 9));
  });

  it('reads the latest updates of the given goals for the forecasts, and only those', async () => {
    const since = `${Number(today.slice(0, 4)) - 1}-06-01`;
    const active = new Set((await listGoals(demoId)).filter((goal) => goal.status === 'active').map((goal) => goal.id));
    const updates = (await allUpdatesSince(demoId, since)).filter((update) => active.has(update.goalId));
    const expected = [...active].flatMap((goalId) => updates.filter((update) => update.goalId === goalId).slice(-5));
    const actual = await listRecentUpdates(demoId, [...active], since, 5);
    expect(actual.length).toBeGreaterThan(5);
    const key = (update: { goalId: string; weekStart: string }) => `${update.weekStart} ${update.goalId}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(actual.map((update) => update.weekStart)).toEqual(actual.map((update) => update.weekStart).sort());
  });

  it('finds the month of the first activity', async () => {
    const user = await createTestUser('first');
    expect(await firstActivityMonth(user)).toBeNull();
    await createTestGoal(user, { startDate: '2023-04-10' });
    await createTestGoal(user, { startDate: '2024-01-08' });
    expect(await firstActivityMonth(user)).toBe('2023-04');
  });

  it('holds nothing of another user', async () => {
    const stranger = await createTestUser('stranger');
    await loadTrajectorySeries(demoId, '2024-01', today);
    const history = await loadTrajectoryHistory(stranger);
    expect(Object.values(history).every((rows) => rows.length === 0)).toBe(true);
    expect(trajectoryIndexAt(history, '2026-11-30')).toBeNull();
    expect(await loadTrajectorySeries(stranger, '2024-01', today)).toEqual([]);
    expect(await listReflectionsSince(stranger, '2000-01-01')).toEqual([]);
    expect(await listMonthlyGoalProgress(stranger, '2000-01-01')).toEqual([]);
    expect(await listSkillsWithLevels(stranger, today)).toEqual([]);
    const demoGoalIds = (await listGoals(demoId)).map((goal) => goal.id);
    expect(await listRecentUpdates(stranger, demoGoalIds, '2000-01-01', 12)).toEqual([]);
    expect(await firstActivityMonth(stranger)).toBeNull();
  });

  it('deleting a user with history removes their stored points too (the change triggers do not get in the way)', async () => {
    const user = await createTestUser('leaving');
    await createTestGoal(user, { horizon: 'long', startDate: '2025-01-06' });
    await loadTrajectorySeries(user, '2025-01', today);
    await db().delete(users).where(eq(users.id, user));
    expect(await db().select().from(trajectoryPoints).where(eq(trajectoryPoints.userId, user))).toEqual([]);
  });
});
