export const firstReviewYear = 1970;
/** Next year's review can be started in December; later ones cannot. */
export const lastReviewYear = (currentYear: number) => currentYear + 1;

export function isReviewYear(year: number, currentYear: number): boolean {
  return Number.isInteger(year) && year >= firstReviewYear && year <= lastReviewYear(currentYear);
}

/** A review year from a URL: a four-digit year from 1970 to next year, else null. */
export function parseReviewYear(value: string | undefined, currentYear: number): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isReviewYear(year, currentYear) ? year : null;
}
