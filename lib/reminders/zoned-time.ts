// Wall-clock times in a time zone as instants, with the Intl time-zone data the runtime already has (the
// same as lib/dates/calendar.ts's localDate), so no date library is needed for one conversion.
import { addDays, dayNumber, type IsoDate } from '@/lib/dates/calendar';
import { usableTimeZone } from '@/lib/dates/time-zones';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const wallClockIn = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockIn.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockIn.set(timeZone, format);
  }
  return format;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const parts = wallClockFormat(timeZone).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant the wall clock in `storedTimeZone` shows `hour`:00 on `date`. Daylight-saving changes follow
 * what calendar apps do (Temporal's "compatible"): an hour that happens twice (clocks going back) is its
 * first occurrence; an hour that does not exist (clocks going forward) is moved forward by the gap, so
 * 02:00 on the day Berlin springs forward is 03:00 CEST.
 */
export function zonedInstant(date: IsoDate, hour: number, storedTimeZone: string): Date {
  const timeZone = usableTimeZone(storedTimeZone);
  const wall = dayNumber(date) * dayMs + hour * hourMs;
  const before = offsetMs(wall - dayMs, timeZone);
  const after = offsetMs(wall + dayMs, timeZone);
  const matches = [wall - before, wall - after].filter((instant) => offsetMs(instant, timeZone) === wall - instant);
  // No match: the hour falls in the gap. Read with the offset before the change, it lands just after it.
  return new Date(matches.length > 0 ? Math.min(...matches) : wall - before);
}

/** The instant `date` ends in the zone: midnight at the start of the next day. */
export function endOfLocalDay(date: IsoDate, timeZone: string): Date {
  return zonedInstant(addDays(date, 1), 0, timeZone);
}
