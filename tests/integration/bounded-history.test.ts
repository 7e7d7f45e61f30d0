// A date typed far in the past must not make the dashboard compute, store or log a point for every month
// since then: the history shown is bounded to a plausible window of the user's real data (docs/trajectory.md).
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { positions, trajectoryPoints } from '@/db/schema';
import { loadDashboardHistory } from '@/db/loaders/dashboard';
import { loadTrajectorySeries } from '@/db/loaders/trajectory-series';
import { maxHistoryYears } from '@/lib/trajectory/dashboard';
import { monthEnds } from '@/lib/trajectory/trajectory-index';
import { localDate } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

const today = localDate(new Date(), 'UTC');
const earliestShownYear = Number(today.slice(0, 4)) - maxHistoryYears;

/** A role starting on `startedOn`, written straight to the table: the forms refuse such a date. */
async function userWithRoleSince(startedOn: string) {
  const userId = await createTestUser('ancient');
  await db().insert(positions).values({
    userId,
    title: 'Scribe',
    employer: 'Monastery',
    employmentType: 'full_time',
    startedOn,
    howReached: 'first_role',
    payBasis: 'salary',
  });
  return userId;
}

const storedPoints = async (userId: string) =>
  (
    await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(trajectoryPoints)
      .where(eq(trajectoryPoints.userId, userId))
  )[0]?.count ?? 0;

describeOnEachDatabase('history bounded to a plausible window', () => {
  let since1000 = '';
  beforeAll(async () => {
    since1000 = await userWithRoleSince('1000-01-01');
  });

  it(`starts "all" at most ${maxHistoryYears} years back, however old the first record`, async () => {
    const history = await loadDashboardHistory(since1000, 'all', today);
    expect(Number(history.firstMonth.slice(0, 4))).toBeGreaterThanOrEqual(earliestShownYear);
    // Each month of the range plus the year before it, and no more (stored: with the running month's later days).
    expect(history.series.length).toBeLessThanOrEqual((maxHistoryYears + 1) * 12);
    expect(await storedPoints(since1000)).toBeLessThanOrEqual((maxHistoryYears + 1) * 12 + 30);
  });

  it('answers for a role starting in the year 100 instead of failing', async () => {
    const userId = await userWithRoleSince('0100-01-01');
    const history = await loadDashboardHistory(userId, 'all', today);
    expect(Number(history.firstMonth.slice(0, 4))).toBeGreaterThanOrEqual(earliestShownYear);
    expect(history.series.at(-1)?.monthEnd.slice(0, 7)).toBe(today.slice(0, 7));
  });

  it('stores a long series in chunks, within the parameters one statement may bind', async () => {
    // Over 13,107 months × 5 columns is more than the 65,535 parameters PostgreSQL binds in one statement.
    const months = monthEnds('0900-01', today.slice(0, 7));
    expect(months.length).toBeGreaterThan(13_107);
    const series = await loadTrajectorySeries(since1000, '0900-01', today);
    expect(series[0]?.monthEnd).toBe('1000-01-31');
    // With the days of the running month after today, stored for the days to come.
    const daysLeftInMonth = Number(months.at(-1)?.slice(8)) - Number(today.slice(8));
    expect(await storedPoints(since1000)).toBe(months.length + daysLeftInMonth);
  });
});
