import { isPlausibleDate } from '@/lib/forms/fields';
import {
  isIsoDate,
  isWeekStart,
  updateStreak,
  weekStartOf,
  type IsoDate,
  type WeekStartDay,
} from '@/lib/dates/calendar';

export type WeeklyStatus = { streak: number; dueThisWeek: boolean; currentWeek: IsoDate };

/** The streak, and whether this week's update is still to do (only once there are goals to update). */
export function weeklyStatus(weeksWithUpdates: IsoDate[], currentWeek: IsoDate, hasActiveGoals: boolean): WeeklyStatus {
  return {
    streak: updateStreak(weeksWithUpdates, currentWeek),
    dueThisWeek: hasActiveGoals && !weeksWithUpdates.includes(currentWeek),
    currentWeek,
  };
}

/**
 * The first week that counts toward consistency: the week the user joined, or of their first update if
 * earlier (an imported history). Weeks before it are not missed weeks.
 */
export function firstCountedWeek(joinedOn: IsoDate, weeksWithUpdates: IsoDate[], weekStartsOn: WeekStartDay): IsoDate {
  const joinedWeek = weekStartOf(joinedOn, weekStartsOn);
  const firstUpdate = weeksWithUpdates.reduce<IsoDate | null>(
    (first, week) => (first === null || week < first ? week : first),
    null,
  );
  // Updates saved under another first day of the week still start a week of the current setting.
  const firstUpdateWeek = firstUpdate === null ? null : weekStartOf(firstUpdate, weekStartsOn);
  return firstUpdateWeek !== null && firstUpdateWeek < joinedWeek ? firstUpdateWeek : joinedWeek;
}

/** Why a week asked for in the address is not the one shown (this week is shown instead); null when it is. */
export function requestedWeekProblem(
  requested: string | undefined,
  currentWeek: IsoDate,
  weekStartsOn: WeekStartDay,
): string | null {
  if (requested === undefined) return null;
  if (!isIsoDate(requested)) return 'That address does not name a week, so here is this week.';
  if (requested > currentWeek) return 'That week has not started yet, so here is this week.';
  // The same range a date typed into a form must be in.
  if (!isPlausibleDate(requested)) return 'That address does not name a week, so here is this week.';
  if (!isWeekStart(requested, weekStartsOn)) return 'That is not the start of one of your weeks, so here is this week.';
  return null;
}
