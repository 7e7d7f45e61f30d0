// Everything the dashboard shows but the number format: read and derived once per change of the history,
// then served from this process's memory (db/loaders/history-memo.ts) while the history is unchanged.
import 'server-only';
import type { UserProfile } from '@/db/queries/account/users';
import { dashboardValue } from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { loadDashboardHistory } from '@/db/loaders/dashboard';
import { loadReadinessOn } from '@/db/loaders/readiness';
import { findCurrentTargetRole } from '@/db/queries/next-role/target-roles';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listCertifications } from '@/db/queries/career/certifications';
import { listPositions } from '@/db/queries/career/positions';
import { listTrainingSince } from '@/db/queries/career/education';
import { listGoals } from '@/db/queries/goals/goals';
import { listRecentUpdates } from '@/db/queries/goals/history';
import { listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import { listInteractionsBetween } from '@/db/queries/people/people';
import { compensationSeries } from '@/lib/career/compensation';
import { peopleMetThisQuarter, quarterStart } from '@/lib/people/quarter';
import { careerFacts, goalOutlook, recentWeeks, type DashboardRange } from '@/lib/trajectory/dashboard';
import { indexChangeOverYear } from '@/lib/trajectory/index-change';
import { forecastSettings } from '@/lib/goals/forecast';
import { groupBy } from '@/lib/group-by';
import { filterAndSortGoals, withProgress } from '@/lib/goals/view';
import { firstCountedWeek, weeklyStatus } from '@/lib/weekly/status';
import { addWeeks, currentWeekStart, localDate, type IsoDate } from '@/lib/dates/calendar';

/** At a glance: the goals whose target dates come first; the goals page lists the rest. */
export const dashboardGoalsShown = 8;

/** The current target role's readiness today, for the card; null when the user aims at none. */
async function currentTarget(userId: string, today: IsoDate) {
  const role = await findCurrentTargetRole(userId);
  return role ? { title: role.title, readiness: await loadReadinessOn(userId, role, today) } : null;
}

async function computeDashboardView(user: UserProfile, range: DashboardRange, today: IsoDate, currentWeek: IsoDate) {
  const joinedOn = localDate(user.createdAt, user.timeZone);
  const [
    goals,
    weeks,
    { firstMonth, series: fullSeries, trends },
    positions,
    training,
    certifications,
    pay,
    interactions,
    target,
  ] = await Promise.all([
    listGoals(user.id),
    listWeeksWithUpdates(user.id),
    loadDashboardHistory(user.id, range, today),
    listPositions(user.id),
    listTrainingSince(user.id, `${today.slice(0, 4)}-01-01`),
    listCertifications(user.id),
    listPayRecords(user.id),
    listInteractionsBetween(user.id, quarterStart(today), today),
    currentTarget(user.id, today),
  ]);
  const series = fullSeries.filter((point) => point.monthEnd.slice(0, 7) >= firstMonth);
  const markers = [
    ...positions
      .filter((position) => position.howReached === 'promotion')
      .map((position) => ({
        month: position.startedOn.slice(0, 7),
        label: position.title,
        kind: 'promotion' as const,
      })),
    ...certifications.map((certification) => ({
      month: certification.earnedOn.slice(0, 7),
      label: certification.name,
      kind: 'certification' as const,
    })),
  ].filter((marker) => series.some((point) => point.monthEnd.slice(0, 7) === marker.month));
  const active = filterAndSortGoals(withProgress(goals), { status: 'active', sort: 'target-asc' });
  const shownGoals = active.slice(0, dashboardGoalsShown);
  const recentUpdates = await listRecentUpdates(
    user.id,
    shownGoals.map((goal) => goal.id),
    addWeeks(today, -26),
    forecastSettings.recentPoints,
  );
  const updatesByGoal = groupBy(recentUpdates, (update) => update.goalId);
  const status = weeklyStatus(weeks, currentWeek, active.length > 0);
  return {
    series,
    markers,
    change: indexChangeOverYear(fullSeries, joinedOn),
    joinedOn,
    today,
    target,
    facts: careerFacts(positions, training, certifications, today),
    peopleMet: peopleMetThisQuarter(interactions, today),
    hasCareerFacts: positions.length > 0 || training.length > 0 || certifications.length > 0,
    payOverTime: compensationSeries(positions, pay),
    habits:
      goals.length > 0 || trends.skills.length > 0
        ? {
            weeks: recentWeeks(weeks, status.currentWeek, 52, firstCountedWeek(joinedOn, weeks, user.weekStartsOn)),
            ...trends,
          }
        : null,
    hasGoals: goals.length > 0,
    activeCount: active.length,
    shownGoals: shownGoals.map((goal) => ({
      goal,
      outlook: goalOutlook(goal, updatesByGoal.get(goal.id) ?? [], today),
    })),
    status,
  };
}

export type DashboardView = Awaited<ReturnType<typeof computeDashboardView>>;

/**
 * The dashboard of `user` for `range`, as of now in their time zone. Every input but the history is in the key:
 * the day, the week, the profile fields the computation reads.
 */
export function loadDashboardView(history: HistoryOwner, user: UserProfile, range: DashboardRange, now = new Date()) {
  const today = localDate(now, user.timeZone);
  const currentWeek = currentWeekStart(now, user.timeZone, user.weekStartsOn);
  const params = [range, today, currentWeek, user.timeZone, user.weekStartsOn, user.createdAt.toISOString()].join(' ');
  return memoWhileHistoryUnchanged(history, dashboardValue, params, () =>
    computeDashboardView(user, range, today, currentWeek),
  );
}
