// Which years have a review: the one rule for the review's URL (/review?year=…, /review/<year>/…) and its form.
import { z } from 'zod';

export const firstReviewYear = 1970;

/** A year as a URL or a form writes it: four digits (or a number), from 1970 on. */
const yearFormat = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d{4}$/)
      .transform(Number),
  ])
  .pipe(z.number().int().min(firstReviewYear).max(9999));

const notBegunMessage = 'has not begun yet';

/**
 * A review year: one that has begun by `currentYear`. A later year has no review yet: its period would end
 * before it starts, and nothing recorded so far belongs to it.
 */
export const reviewYearUpTo = (currentYear: number) =>
  yearFormat.refine((year) => year <= currentYear, notBegunMessage);

export type ReviewYearParam =
  { ok: true; year: number } | { ok: false; problem: 'not a year' } | { ok: false; problem: 'not begun'; year: number };

/** The year in a review URL, against the current year in the user's own time zone. */
export function parseReviewYear(value: string | undefined, currentYear: number): ReviewYearParam {
  const format = yearFormat.safeParse(value);
  if (!format.success) return { ok: false, problem: 'not a year' };
  return reviewYearUpTo(currentYear).safeParse(format.data).success
    ? { ok: true, year: format.data }
    : { ok: false, problem: 'not begun', year: format.data };
}

/** The latest year that has begun anywhere on Earth (UTC+14 is the furthest ahead), for forms sent from any time zone. */
export const latestYearBegunAnywhere = (now: Date) => new Date(now.getTime() + 14 * 3_600_000).getUTCFullYear();
