// The yearly review page's records, read and built once per change of the history, then served from this
// process's memory (db/loaders/history-memo.ts) while the history is unchanged.
import 'server-only';
import type { UserProfile } from '@/db/queries/account/users';
import { reviewValue } from '@/db/loaders/derived-values';
import { memoWhileHistoryUnchanged, type HistoryOwner } from '@/db/loaders/history-memo';
import { loadYearlyReview } from '@/db/loaders/review';
import { findReviewNotes } from '@/db/queries/review/notes';
import { listYearsWithRecords } from '@/db/queries/review/record-years';
import { firstActivityMonth } from '@/db/queries/trajectory/history';
import type { IsoDate } from '@/lib/dates/calendar';

/** The review of `year` as of `today` (the user's date), the notes kept for it, and the years there is something to review. */
export function loadReviewView(history: HistoryOwner, user: UserProfile, year: number, today: IsoDate) {
  const params = [year, today, user.timeZone, user.weekStartsOn, user.createdAt.toISOString()].join(' ');
  return memoWhileHistoryUnchanged(history, reviewValue, params, async () => {
    const [review, notes, firstMonth, yearsWithRecords] = await Promise.all([
      loadYearlyReview(user, year, today),
      findReviewNotes(user.id, year),
      firstActivityMonth(user.id),
      listYearsWithRecords(user.id, Number(today.slice(0, 4))),
    ]);
    return { review, notes, firstMonth, yearsWithRecords };
  });
}
