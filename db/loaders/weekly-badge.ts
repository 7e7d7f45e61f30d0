// The navigation's "weekly update due" badge is on every signed-in page: kept in memory while the history is
// unchanged (db/loaders/history-memo.ts), so most pages ask the database nothing for it.
import 'server-only';
import { weeklyBadgeValue } from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { isWeeklyUpdateDue } from '@/db/queries/weekly/updates';
import type { IsoDate } from '@/lib/dates/calendar';

/** Whether the week starting `weekStart` still needs its update: a goal is active and the week has none. */
export function loadWeeklyUpdateDue(history: HistoryOwner, weekStart: IsoDate): Promise<boolean> {
  return memoWhileHistoryUnchanged(history, weeklyBadgeValue, weekStart, () =>
    isWeeklyUpdateDue(history.userId, weekStart),
  );
}
