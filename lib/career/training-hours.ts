// Hours of training spread over the months a course, degree or workshop ran: the yearly review and the
// trajectory index both count them this way (docs/trajectory.md, "Training hours over the months they ran").
import type { IsoDate } from '@/lib/dates/calendar';

export type TrainingHoursEntry = { startedOn: IsoDate | null; completedOn: IsoDate | null; hours: number | null };

/** A month (YYYY-MM, or the month of a date) as a count of months, so months can be subtracted. */
const monthNumber = (monthOrDate: string) => Number(monthOrDate.slice(0, 4)) * 12 + Number(monthOrDate.slice(5, 7)) - 1;

/**
 * The hours of `entries` that fall in the months from `firstMonth` to `lastMonth` (YYYY-MM, both included).
 * Each entry's hours are spread evenly over the months it ran, from its start month to its completion month,
 * both counted whole. Without a start date (or with one after the completion) all its hours fall in the
 * completion month. An entry still in progress (no completion date) counts nothing yet: its hours are a total
 * whose spread is known only at its end, and spreading them up to today would change past months' figures
 * every month without any edit.
 */
export function trainingHoursIn(entries: readonly TrainingHoursEntry[], firstMonth: string, lastMonth: string): number {
  const [from, to] = [monthNumber(firstMonth), monthNumber(lastMonth)];
  let total = 0;
  for (const { startedOn, completedOn, hours } of entries) {
    if (completedOn === null || !hours) continue;
    const end = monthNumber(completedOn);
    const start = startedOn === null ? end : Math.min(monthNumber(startedOn), end);
    const overlap = Math.min(end, to) - Math.max(start, from) + 1;
    if (overlap > 0) total += (hours * overlap) / (end - start + 1);
  }
  return total;
}
