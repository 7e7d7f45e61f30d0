// The dashboard's trends that only change with the history: stored and reused between views.
import { purposeAndProgress, skillComparison, type PurposeAndProgressPoint, type SkillComparison } from '@/lib/dashboard';
import type { IsoDate } from '@/lib/weeks';
import { listSkillsWithLevels } from './career';
import { listMonthlyGoalProgress } from './goals';
import { whileHistoryUnchanged } from './history-cache';
import { listReflectionsSince } from './trajectory';

export type DashboardTrends = { purpose: PurposeAndProgressPoint[]; skills: SkillComparison[] };

/** Purpose alignment beside goal progress from `firstMonth` (YYYY-MM), and skills now vs a year before `today`. */
export async function loadDashboardTrends(userId: string, firstMonth: string, today: IsoDate): Promise<DashboardTrends> {
  return whileHistoryUnchanged(userId, 'dashboard-trends', `${firstMonth} ${today}`, async () => {
    const since = `${firstMonth}-01`;
    const [reflections, goalProgress, skills] = await Promise.all([
      listReflectionsSince(userId, since),
      listMonthlyGoalProgress(userId, since),
      listSkillsWithLevels(userId, today),
    ]);
    return { purpose: purposeAndProgress(reflections, goalProgress, firstMonth), skills: skillComparison(skills) };
  });
}
