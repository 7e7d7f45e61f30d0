// Weeks as the user lives them. A week is identified by the calendar date
// (YYYY-MM-DD) its first day falls on in the user's time zone. Calendar dates
// are handled as UTC midnights, so daylight-saving changes never shift a day.

export type IsoDate = string; // YYYY-MM-DD
export type WeekStartDay = number; // 0 = Sunday … 6 = Saturday

const dayMs = 86_400_000;

export function parseIsoDate(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (parsed.toISOString().slice(0, 10) !== date) throw new Error(`Not a calendar date: ${date}`);
  return parsed;
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(new Date(parseIsoDate(date).getTime() + days * dayMs));
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / dayMs);
}

/** The calendar date an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The first day of the week containing `date`. */
export function weekStartOf(date: IsoDate, weekStartsOn: WeekStartDay): IsoDate {
  const weekday = parseIsoDate(date).getUTCDay();
  return addDays(date, -((weekday - weekStartsOn + 7) % 7));
}

/** The week the user is in right now, in their time zone. */
export function currentWeekStart(now: Date, timeZone: string, weekStartsOn: WeekStartDay): IsoDate {
  return weekStartOf(localDate(now, timeZone), weekStartsOn);
}

export function isWeekStart(date: IsoDate, weekStartsOn: WeekStartDay): boolean {
  return isIsoDate(date) && weekStartOf(date, weekStartsOn) === date;
}

/** ISO 8601 week number and week-year of a date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const mondayBased = (day: Date) => (day.getUTCDay() + 6) % 7;
  const day = parseIsoDate(date);
  const thursday = day.getTime() + (3 - mondayBased(day)) * dayMs;
  const year = new Date(thursday).getUTCFullYear();
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = january4.getTime() + (3 - mondayBased(january4)) * dayMs;
  return { year, week: 1 + Math.round((thursday - firstThursday) / (7 * dayMs)) };
}

/** "23–29 Nov 2026" or "28 Dec 2026 – 3 Jan 2027". */
export function weekLabel(weekStart: IsoDate): string {
  const start = parseIsoDate(weekStart);
  const end = parseIsoDate(addDays(weekStart, 6));
  const day = (d: Date) => d.getUTCDate();
  const month = (d: Date) => d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  if (start.getUTCFullYear() !== end.getUTCFullYear()) {
    return `${day(start)} ${month(start)} ${start.getUTCFullYear()} – ${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
  }
  if (start.getUTCMonth() !== end.getUTCMonth()) {
    return `${day(start)} ${month(start)} – ${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
  }
  return `${day(start)}–${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
}

/** "25 Nov 2026". */
export function dateLabel(date: IsoDate): string {
  return parseIsoDate(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Consecutive weeks with an update, counting back from the current week. The
 * current week still counts as "not missed" until it ends, so a streak is not
 * broken on Monday morning.
 */
export function updateStreak(weeksWithUpdates: Iterable<IsoDate>, currentWeek: IsoDate): number {
  const weeks = new Set(weeksWithUpdates);
  let week = weeks.has(currentWeek) ? currentWeek : addWeeks(currentWeek, -1);
  let streak = 0;
  while (weeks.has(week)) {
    streak++;
    week = addWeeks(week, -1);
  }
  return streak;
}
