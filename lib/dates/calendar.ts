// Weeks as the user lives them. A week is identified by the calendar date
// (YYYY-MM-DD) its first day falls on in the user's time zone. Calendar dates
// are handled as UTC midnights, so daylight-saving changes never shift a day.

import { madeOnFirstUse } from '@/lib/made-on-first-use';
import { usableTimeZone } from './time-zones';

export type IsoDate = string; // YYYY-MM-DD
export type WeekStartDay = number; // 0 = Sunday … 6 = Saturday

const dayMs = 86_400_000;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: IsoDate): Date {
  const match = isoDatePattern.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 Feb over into March and reads years 0–99 as 1900–1999.
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day)
    throw new Error(`Not a calendar date: ${date}`);
  return parsed;
}

// Building an Intl.DateTimeFormat is far slower than using one (toLocaleString builds one per
// call), and pages format hundreds of dates: every formatter is made once, when first used, and reused.
const utc = { timeZone: 'UTC' } as const;
const shortMonth = madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { ...utc, month: 'short' }));
const dayMonthYear = madeOnFirstUse(
  () => new Intl.DateTimeFormat('en-GB', { ...utc, day: 'numeric', month: 'short', year: 'numeric' }),
);
const monthYear = madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { ...utc, month: 'short', year: 'numeric' }));
const calendarDateIn = new Map<string, { format: Intl.DateTimeFormat; minute: number; date: IsoDate }>();

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

// Date arithmetic runs thousands of times per page (streaks, heatmaps, forecasts), so it works on
// day numbers (days since 1970-01-01) with integer maths instead of building Date objects.

/** The day number of a calendar date; throws for anything that is not a real YYYY-MM-DD date. */
export function dayNumber(date: IsoDate): number {
  const match = isoDatePattern.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs : NaN;
  if (!Number.isInteger(day) || isoDateOfDay(day) !== date) throw new Error(`Not a calendar date: ${date}`);
  return day;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function isoDateOfDay(day: number): IsoDate {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfDay(dayNumber(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date an instant falls on in a time zone (in UTC when the zone is unknown). */
export function localDate(instant: Date, storedTimeZone: string): IsoDate {
  const timeZone = usableTimeZone(storedTimeZone);
  let zone = calendarDateIn.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zone = { format, minute: Number.NaN, date: '' };
    calendarDateIn.set(timeZone, zone);
  }
  // Every signed-in page asks for today's date, some several times: a zone's date changes only on a whole
  // minute (the offsets in use since the early 20th century are whole minutes), so the last one is kept for
  // the minute it was asked in.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (zone.minute === minute) return zone.date;
  zone.date = formatCalendarDate(zone.format, instant);
  zone.minute = minute;
  return zone.date;
}

function formatCalendarDate(format: Intl.DateTimeFormat, instant: Date): IsoDate {
  // en-CA writes the date as YYYY-MM-DD: one string, where formatToParts builds an array of objects. The parts
  // stay the way to read it should a locale's data ever write it otherwise.
  const formatted = format.format(instant);
  if (/^\d{4}-\d{2}-\d{2}$/.test(formatted)) return formatted;
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The first day of the week containing `date`. */
export function weekStartOf(date: IsoDate, weekStartsOn: WeekStartDay): IsoDate {
  const day = dayNumber(date);
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return isoDateOfDay(day - ((weekday - weekStartsOn + 7) % 7));
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

/**
 * A label of a calendar date never changes, and a page asks for hundreds (the dashboard draws a year of weeks,
 * each with its dates): each is written once per process, through Intl, and kept, up to a bound. Writing them
 * every time was 5 % of the dashboard's server time under load (docs/performance.md, item 74).
 */
function keptLabels(write: (date: string) => string): (date: string) => string {
  const labels = new Map<string, string>();
  return (date) => {
    let label = labels.get(date);
    if (label === undefined) {
      label = write(date);
      if (labels.size >= 10_000) labels.clear();
      labels.set(date, label);
    }
    return label;
  };
}

const weekLabels = keptLabels((weekStart) => {
  const start = parseIsoDate(weekStart);
  const end = parseIsoDate(addDays(weekStart, 6));
  const day = (d: Date) => d.getUTCDate();
  const month = (d: Date) => shortMonth().format(d);
  if (start.getUTCFullYear() !== end.getUTCFullYear()) {
    return `${day(start)} ${month(start)} ${start.getUTCFullYear()} – ${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
  }
  if (start.getUTCMonth() !== end.getUTCMonth()) {
    return `${day(start)} ${month(start)} – ${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
  }
  return `${day(start)}–${day(end)} ${month(end)} ${end.getUTCFullYear()}`;
});
const shortMonthLabels = keptLabels((date) => shortMonth().format(parseIsoDate(date)));
const dateLabels = keptLabels((date) => dayMonthYear().format(parseIsoDate(date)));
const monthLabels = keptLabels((dateOrMonth) =>
  monthYear().format(parseIsoDate(dateOrMonth.length === 7 ? `${dateOrMonth}-01` : dateOrMonth)),
);

/** "23–29 Nov 2026" or "28 Dec 2026 – 3 Jan 2027". */
export function weekLabel(weekStart: IsoDate): string {
  return weekLabels(weekStart);
}

/** "Nov", the month a date falls in. */
export function shortMonthLabel(date: IsoDate): string {
  return shortMonthLabels(date);
}

/** "25 Nov 2026". */
export function dateLabel(date: IsoDate): string {
  return dateLabels(date);
}

/** "Nov 2026", for a date (YYYY-MM-DD) or a month (YYYY-MM). */
export function monthLabel(dateOrMonth: string): string {
  return monthLabels(dateOrMonth);
}

/**
 * Consecutive weeks with an update, counting back from the current week. The
 * current week still counts as "not missed" until it ends, so a streak is not
 * broken on Monday morning.
 */
export function updateStreak(weeksWithUpdates: Iterable<IsoDate>, currentWeek: IsoDate): number {
  const weeks = new Set(weeksWithUpdates);
  let day = dayNumber(currentWeek) - (weeks.has(currentWeek) ? 0 : 7);
  let streak = 0;
  while (weeks.has(isoDateOfDay(day))) {
    streak++;
    day -= 7;
  }
  return streak;
}
