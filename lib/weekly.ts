import { updateStreak, type IsoDate } from './weeks';

export type WeeklyStatus = { streak: number; dueThisWeek: boolean; currentWeek: IsoDate };

/** The streak, and whether this week's update is still to do (only once there are goals to update). */
export function weeklyStatus(weeksWithUpdates: IsoDate[], currentWeek: IsoDate, hasActiveGoals: boolean): WeeklyStatus {
  return {
    streak: updateStreak(weeksWithUpdates, currentWeek),
    dueThisWeek: hasActiveGoals && !weeksWithUpdates.includes(currentWeek),
    currentWeek,
  };
}
