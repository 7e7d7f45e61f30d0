// When a role or a course ran, in words: one wording for the career page, the CV and every export.
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';

/** How a date is written: `dateLabel` ("3 Mar 2024") on pages, `monthLabel` ("Mar 2024") on a CV. */
type DateText = (date: IsoDate) => string;

/**
 * "Mar 2024 – Oct 2024"; the end alone when both dates read the same ("Mar 2024") or the start is not known;
 * "Oct 2026 – now" while ongoing (`ongoing` says how); '' without dates.
 */
export function period(from: IsoDate | null, to: IsoDate | null, ongoing: string, dateText: DateText): string {
  if (from === null) return to === null ? '' : dateText(to);
  if (to !== null && dateText(to) === dateText(from)) return dateText(to);
  return `${dateText(from)} – ${to === null ? ongoing : dateText(to)}`;
}

/**
 * When an education or training entry ran. One without an end is in progress and says so wherever it is
 * shown: "Jan 2023 – in progress", or "in progress" alone when its start is not recorded either.
 */
export function trainingPeriod(
  entry: { startedOn: IsoDate | null; completedOn: IsoDate | null },
  dateText: DateText = dateLabel,
): string {
  if (entry.startedOn === null && entry.completedOn === null) return 'in progress';
  return period(entry.startedOn, entry.completedOn, 'in progress', dateText);
}
