// The iCalendar text format (RFC 5545), written by hand: the `ics` package writes a start either in UTC or as
// a floating local time, never with a TZID, so a weekly event at 09:00 in Berlin would drift an hour at every
// DST change or follow the reader's own zone. Every piece of user text goes through `escapeText`, and every
// line through `foldLine`, so no value can add a property, a parameter or a line.
import { vtimezoneLines } from './vtimezone';

/** A date without a time (an all-day event) or a wall-clock time in an IANA time zone. */
export type CalendarStart =
  | { kind: 'date'; date: string } // YYYY-MM-DD
  | { kind: 'zoned'; date: string; time: string; timeZone: string }; // time HH:MM

export type CalendarEvent = {
  uid: string;
  summary: string;
  description?: string;
  start: CalendarStart;
  /** Whole minutes, for a zoned start; an all-day event lasts its day. */
  durationMinutes?: number;
  /** A weekly repetition on the start's weekday. */
  weekly?: boolean;
};

const crlf = '\r\n';
const maxLineOctets = 75;
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, every line break becomes `\n`,
 * and other control characters (which no calendar shows and some parsers choke on) are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`));
}

/** Splits a content line into lines of at most 75 octets, never inside a character (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = Buffer.byteLength(character, 'utf8');
    // A continuation line starts with one space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${crlf} `);
}

function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** DTSTAMP and the like: a UTC instant, to the second. */
export function utcStamp(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  const { start } = event;
  if (start.kind === 'date') {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(start.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(start.date))}`);
  } else {
    lines.push(`DTSTART;TZID=${tzid(start.timeZone)}:${compactDate(start.date)}T${start.time.replace(':', '')}00`);
    lines.push(`DURATION:PT${event.durationMinutes ?? 30}M`);
  }
  if (event.weekly) {
    const weekday = new Date(`${start.date}T00:00:00Z`).getUTCDay();
    lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${weekdayCodes[weekday]}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** An IANA name is letters, digits and / _ + -: nothing a parameter value must quote. */
function tzid(timeZone: string): string {
  return timeZone.replace(/[^A-Za-z0-9/_+-]/g, '');
}

/** How far ahead a zone's offset changes are written out: a repeating event outlives any one year. */
const timeZoneYearsAhead = 10;

/** One VTIMEZONE per zone the events use, from the earliest start in it to some years after `now`. */
function timeZoneLines(events: CalendarEvent[], now: Date): string[] {
  const firstYear = new Map<string, number>();
  for (const { start } of events) {
    if (start.kind !== 'zoned') continue;
    const year = Number(start.date.slice(0, 4));
    const zone = tzid(start.timeZone);
    firstYear.set(zone, Math.min(year, firstYear.get(zone) ?? year));
  }
  const lastYear = now.getUTCFullYear() + timeZoneYearsAhead;
  return [...firstYear].flatMap(([zone, year]) => vtimezoneLines(zone, Math.min(year, lastYear), lastYear));
}

/** A whole VCALENDAR; `now` is the DTSTAMP of every event. */
export function calendarText(options: { name: string; events: CalendarEvent[]; now: Date }): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trajectory//Calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...timeZoneLines(options.events, options.now),
    ...options.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}
