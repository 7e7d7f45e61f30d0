/** A review year from a URL: a four-digit year from 1970 to next year, else null. */
export function parseReviewYear(value: string | undefined, currentYear: number): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1970 && year <= currentYear + 1 ? year : null;
}
