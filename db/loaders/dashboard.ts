// The dashboard's trends that only change with the history: stored and reused between views.
import 'server-only';
import {
  purposeAndProgress,
  rangeStartMonth,
  skillComparison,
  type DashboardRange,
  type PurposeAndProgressPoint,
  type SkillComparison,
} from '@/lib/trajectory/dashboard';
import type { TrajectoryPoint } from '@/lib/trajectory/trajectory-index';
import { monthlyBalance, type BalancePoint } from '@/lib/weekly/balance';
import type { IsoDate } from '@/lib/dates/calendar';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { listMonthlyGoalProgress } from '@/db/queries/goals/history';
import { dashboardTrendsValue } from '@/db/loaders/derived-values';
import { whileHistoryUnchanged } from '@/db/loaders/history-cache';
import { firstActivityMonth, listReflectionsSince } from '@/db/queries/trajectory/history';
import { loadTrajectorySeries } from '@/db/loaders/trajectory-series';

export type DashboardTrends = {
  purpose: PurposeAndProgressPoint[];
  skills: SkillComparison[];
  balance: BalancePoint[];
};

/**
 * Purpose alignment beside goal progress, and work-life balance beside alignment, from `firstMonth` (YYYY-MM);
 * skills now vs a year before `today`.
 */
export async function loadDashboardTrends(
  userId: string,
  firstMonth: string,
  today: IsoDate,
): Promise<DashboardTrends> {
  return whileHistoryUnchanged(userId, dashboardTrendsValue, `${firstMonth} ${today}`, async () => {
    const since = `${firstMonth}-01`;
    const [reflections, goalProgress, skills] = await Promise.all([
      listReflectionsSince(userId, since),
      listMonthlyGoalProgress(userId, since),
      listSkillsWithLevels(userId, today),
    ]);
    return {
      purpose: purposeAndProgress(reflections, goalProgress, firstMonth),
      skills: skillComparison(skills),
      balance: monthlyBalance(reflections, firstMonth),
    };
  });
}

export type DashboardHistory = {
  /** The first month (YYYY-MM) shown. */
  firstMonth: string;
  /** The index from a year before the first month shown, so the change over twelve months is known from the start. */
  series: TrajectoryPoint[];
  trends: DashboardTrends;
};

/** The dashboard's history-derived parts for a range ending at `today`: computed once per change of the history, then read back. */
export async function loadDashboardHistory(
  userId: string,
  range: DashboardRange,
  today: IsoDate,
): Promise<DashboardHistory> {
  const firstMonth = rangeStartMonth(range, today, range === 'all' ? await firstActivityMonth(userId) : null);
  const yearBeforeFirstMonth = `${Number(firstMonth.slice(0, 4)) - 1}${firstMonth.slice(4)}`;
  const [series, trends] = await Promise.all([
    loadTrajectorySeries(userId, yearBeforeFirstMonth, today),
    loadDashboardTrends(userId, firstMonth, today),
  ]);
  return { firstMonth, series, trends };
}
