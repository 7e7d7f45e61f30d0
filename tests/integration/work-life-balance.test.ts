import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import { findReflection, listBalanceWeeksIn, saveWeek } from '@/db/queries/weekly/updates';
import { loadDashboardTrends } from '@/db/loaders/dashboard';
import { weeklyReflections } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { accountExportSchema } from '@/lib/account/export-schema';
import { StaleEditError } from '@/lib/errors';
import type { WeeklySubmission } from '@/lib/weekly/schema';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';

const week = (
  goalId: string,
  weekStart: string,
  version: number,
  reflection: Partial<WeeklySubmission['reflection']> = {},
): WeeklySubmission => ({
  weekStart,
  version,
  entries: [{ goalId, value: 1, done: false, milestoneIds: [], confidence: 3, note: '' }],
  reflection: { alignment: 3, note: '', highlight: '', hoursWorked: null, balance: null, ...reflection },
});

describeOnEachDatabase('work-life balance in the weekly reflection', () => {
  let userId = '';
  let other = '';
  let goalId = '';
  beforeAll(async () => {
    userId = await createTestUser('balance');
    other = await createTestUser('balance-other');
    goalId = (await createTestGoal(userId, { startDate: '2025-01-06' })).id;
  });

  it('saves hours worked and the balance rating with the week, and clears them when left empty', async () => {
    await saveWeek(userId, week(goalId, '2026-03-02', 0, { hoursWorked: 42.5, balance: 2 }));
    expect(await findReflection(userId, '2026-03-02')).toMatchObject({ hoursWorked: 42.5, balance: 2, version: 1 });
    await saveWeek(userId, week(goalId, '2026-03-02', 1));
    expect(await findReflection(userId, '2026-03-02')).toMatchObject({ hoursWorked: null, balance: null, version: 2 });
  });

  it('a save refused as stale carries the other tab’s hours and balance, and writes nothing', async () => {
    await saveWeek(userId, week(goalId, '2026-03-09', 0, { hoursWorked: 38, balance: 4 }));
    const refused = await saveWeek(userId, week(goalId, '2026-03-09', 0, { hoursWorked: 55, balance: 1 })).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (!(refused instanceof StaleEditError)) throw new Error('the second first save was not refused');
    expect(refused.stored.values).toMatchObject({ hoursWorked: '38', balance: '4' });
    expect(await findReflection(userId, '2026-03-09')).toMatchObject({ hoursWorked: 38, balance: 4, version: 1 });
  });

  it('the database refuses hours and ratings out of range, whatever writes them', async () => {
    for (const values of [{ hoursWorked: 120.5 }, { hoursWorked: -1 }, { balance: 0 }, { balance: 6 }]) {
      await expect(
        db()
          .insert(weeklyReflections)
          .values({ userId, weekStart: '2026-04-06', alignment: 3, ...values }),
      ).rejects.toThrow();
    }
  });

  it('charts by month and lists for the review only the user’s own weeks', async () => {
    await saveWeek(userId, week(goalId, '2026-03-16', 0, { hoursWorked: 40, balance: 5 }));
    const trends = await loadDashboardTrends(userId, '2026-01', '2026-11-25');
    expect(trends.balance).toEqual([
      { month: '2026-03', label: expect.any(String) as unknown, hours: 39, balance: 4.5, alignment: 3 },
    ]);
    expect(await listBalanceWeeksIn(userId, '2026-01-01', '2026-12-31')).toEqual([
      { weekStart: '2026-03-09', hoursWorked: 38, balance: 4 },
      { weekStart: '2026-03-16', hoursWorked: 40, balance: 5 },
    ]);
    expect(await listBalanceWeeksIn(other, '2026-01-01', '2026-12-31')).toEqual([]);
    expect((await loadDashboardTrends(other, '2026-01', '2026-11-25')).balance).toEqual([]);
  });

  it('exports and imports hours and balance; a version 1 file without them imports with none', async () => {
    const exported = await exportAccount(userId);
    if (!exported) throw new Error('no export');
    expect(
      exported.reflections.map(({ weekStart, hoursWorked, balance }) => ({ weekStart, hoursWorked, balance })),
    ).toEqual([
      { weekStart: '2026-03-02', hoursWorked: null, balance: null },
      { weekStart: '2026-03-09', hoursWorked: 38, balance: 4 },
      { weekStart: '2026-03-16', hoursWorked: 40, balance: 5 },
    ]);
    const newcomer = await createTestUser('balance-import');
    await importAccount(newcomer, accountExportSchema.parse(JSON.parse(JSON.stringify(exported))));
    expect(await listBalanceWeeksIn(newcomer, '2026-01-01', '2026-12-31')).toEqual(
      await listBalanceWeeksIn(userId, '2026-01-01', '2026-12-31'),
    );

    const versionOne = JSON.parse(JSON.stringify({ ...exported, version: 1 })) as {
      reflections: Record<string, unknown>[];
    };
    for (const reflection of versionOne.reflections) {
      delete reflection.hoursWorked;
      delete reflection.balance;
    }
    const older = await createTestUser('balance-version-one');
    await importAccount(older, accountExportSchema.parse(versionOne));
    const imported = await db().select().from(weeklyReflections).where(eq(weeklyReflections.userId, older));
    expect(imported).toHaveLength(3);
    expect(imported.every((row) => row.hoursWorked === null && row.balance === null)).toBe(true);
  });

  it('refuses a file whose hours or balance break the form’s rules', async () => {
    const exported = await exportAccount(userId);
    if (!exported) throw new Error('no export');
    for (const broken of [{ hoursWorked: 40.25 }, { hoursWorked: 121 }, { balance: 0 }, { balance: 2.5 }]) {
      const file = { ...exported, reflections: exported.reflections.map((row) => ({ ...row, ...broken })) };
      expect(accountExportSchema.safeParse(JSON.parse(JSON.stringify(file))).success, JSON.stringify(broken)).toBe(
        false,
      );
    }
  });

  it('the demo account’s weeks have believable hours and balance', async () => {
    await seedDemoAccount('demo password 1');
    const demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
    const [stats] = await db()
      .select({
        weeks: sql<number>`count(*)::int`,
        withHours: sql<number>`count(${weeklyReflections.hoursWorked})::int`,
        rated: sql<number>`count(${weeklyReflections.balance})::int`,
        minHours: sql<number>`min(${weeklyReflections.hoursWorked})`,
        maxHours: sql<number>`max(${weeklyReflections.hoursWorked})`,
        ratings: sql<number>`count(distinct ${weeklyReflections.balance})::int`,
      })
      .from(weeklyReflections)
      .where(eq(weeklyReflections.userId, demoId));
    expect(stats?.withHours).toBeGreaterThan((stats?.weeks ?? 0) * 0.7);
    expect(stats?.rated).toBeGreaterThan((stats?.weeks ?? 0) * 0.7);
    expect(stats?.minHours).toBeGreaterThanOrEqual(30);
    expect(stats?.maxHours).toBeLessThanOrEqual(60);
    expect(stats?.ratings).toBeGreaterThanOrEqual(3);
  });
});
