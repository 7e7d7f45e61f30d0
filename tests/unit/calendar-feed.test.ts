import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFeed, weeklyCheckInEvent, type FeedOwner } from '@/lib/calendar/feed';
import { feedSecretFromFileName } from '@/lib/calendar/feed-secret';
import { escapeText, foldLine } from '@/lib/calendar/icalendar';
import { eventAt, parsedEvents } from '../support/icalendar';

const now = new Date('2026-11-26T10:00:00Z');
// Created on a Wednesday evening in Berlin; the user's weeks start on Monday.
const owner: FeedOwner = {
  id: '6f1c1f7e-0000-4000-8000-000000000001',
  timeZone: 'Europe/Berlin',
  weekStartsOn: 1,
  createdAt: new Date('2026-03-18T20:00:00Z'),
};
const hostile = 'Ship v2, then rest; C:\\path\nEND:VEVENT\r\nBEGIN:VEVENT\rSUMMARY:injected';
const content = {
  owner,
  certifications: [
    { id: 'c1', name: 'AWS Solutions Architect, Associate', issuer: 'Amazon; AWS', expiresOn: '2027-02-28' },
    { id: 'c2', name: 'Lifetime certificate', issuer: '', expiresOn: null },
  ],
  goals: [
    { id: 'g1', title: hostile, status: 'active', targetDate: '2027-06-30' },
    { id: 'g2', title: 'Achieved goal', status: 'achieved', targetDate: '2027-01-15' },
    { id: 'g3', title: 'Abandoned goal', status: 'abandoned', targetDate: '2027-01-16' },
    { id: 'g4', title: 'Open-ended goal', status: 'active', targetDate: null },
  ],
};

describe('the calendar feed, read back by a real iCalendar parser (ical.js)', () => {
  const text = calendarFeed(content, now);
  const events = parsedEvents(text);

  it('holds the weekly check-in, each expiry and each active goal’s target date, nothing else', () => {
    expect(events.map((event) => event.summary)).toEqual([
      'Weekly check-in (Trajectory)',
      'Certification expires: AWS Solutions Architect, Associate',
      `Goal target date: ${hostile.replace(/\r\n|\r/g, '\n')}`,
    ]);
  });

  it('repeats the check-in weekly on the first day of the week at 09:00 in the user’s zone (a TZID, not UTC)', () => {
    const weekly = eventAt(events, 0);
    const start = weekly.component.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(weekly.startDate.toString()).toBe('2026-03-16T09:00:00'); // the Monday of the week it was made in
    expect(weekly.startDate.isDate).toBe(false);
    expect(weekly.isRecurring()).toBe(true);
    const rule = weekly.component.getFirstPropertyValue('rrule');
    expect(rule?.toString()).toBe('FREQ=WEEKLY;BYDAY=MO');
    // Across the change to summer time (29 March 2026) the wall-clock time stays 09:00 on Mondays.
    const iterator = weekly.iterator();
    const occurrences = Array.from({ length: 4 }, () => iterator.next()?.toString());
    expect(occurrences).toEqual([
      '2026-03-16T09:00:00',
      '2026-03-23T09:00:00',
      '2026-03-30T09:00:00',
      '2026-04-06T09:00:00',
    ]);
    expect(weekly.duration.toSeconds()).toBe(30 * 60);
  });

  it('describes the user’s zone in a VTIMEZONE, so a calendar without the zone database still lands on 09:00', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
    const berlin = new ICAL.Timezone(zones[0]);
    const instant = (local: string) => {
      const time = ICAL.Time.fromDateTimeString(local);
      time.zone = berlin;
      return time.toJSDate().toISOString();
    };
    // Winter (UTC+1), summer (UTC+2) and winter again, in the first year of the series and years later.
    expect(instant('2026-03-23T09:00:00')).toBe('2026-03-23T08:00:00.000Z');
    expect(instant('2026-03-30T09:00:00')).toBe('2026-03-30T07:00:00.000Z');
    expect(instant('2026-10-26T09:00:00')).toBe('2026-10-26T08:00:00.000Z');
    expect(instant('2033-07-04T09:00:00')).toBe('2033-07-04T07:00:00.000Z');
  });

  it('writes one VTIMEZONE per zone used, and a zone without daylight time as one fixed offset', () => {
    const tokyo = calendarFeed({ owner: { ...owner, timeZone: 'Asia/Tokyo' }, certifications: [], goals: [] }, now);
    const zones = new ICAL.Component(ICAL.parse(tokyo) as unknown[]).getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    const observances = zones[0]?.getAllSubcomponents() ?? [];
    expect(observances.map((part) => [part.name, part.getFirstPropertyValue('tzoffsetto')?.toString()])).toEqual([
      ['standard', '+09:00'],
    ]);
  });

  it('follows the week start: a Sunday week and a zone far from UTC', () => {
    const sundayOwner = { ...owner, timeZone: 'Pacific/Auckland', weekStartsOn: 0 };
    const weekly = eventAt(parsedEvents(calendarFeed({ owner: sundayOwner, certifications: [], goals: [] }, now)), 0);
    // 20:00 UTC on Wednesday 18 March is Thursday 19 March 09:00 in Auckland; that week began on Sunday 15 March.
    expect(weekly.startDate.toString()).toBe('2026-03-15T09:00:00');
    expect(weekly.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=SU');
  });

  it('counts a time zone the runtime does not know as UTC', () => {
    const start = weeklyCheckInEvent({ ...owner, timeZone: 'Mars/Olympus_Mons' }).start;
    expect(start).toMatchObject({ kind: 'zoned', timeZone: 'UTC' });
  });

  it('writes expiries and target dates as all-day events on their own date', () => {
    const expiry = eventAt(events, 1);
    const target = eventAt(events, 2);
    expect(expiry.startDate.isDate).toBe(true);
    expect(expiry.startDate.toString()).toBe('2027-02-28');
    expect(expiry.endDate.toString()).toBe('2027-03-01');
    expect(expiry.description).toBe('Issued by Amazon; AWS.');
    expect(target.startDate.toString()).toBe('2027-06-30');
    expect(target.endDate.toString()).toBe('2027-07-01');
  });

  it('keeps user text inside its property: no injected event or property', () => {
    expect(events).toHaveLength(3);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(text.split('\r\n').filter((line) => line.startsWith('SUMMARY:injected'))).toEqual([]);
  });

  it('gives every item a UID from its stored id, the same on every fetch', () => {
    const again = parsedEvents(calendarFeed(content, new Date('2027-01-01T00:00:00Z')));
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(events.map((event) => event.uid)).toEqual([
      `weekly-check-in-${owner.id}@trajectory.calendar`,
      'certification-expiry-c1@trajectory.calendar',
      'goal-target-g1@trajectory.calendar',
    ]);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('escaping and folding (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tabs and other text', () => {
    expect(escapeText('a\u0000b\u0007c\td\u001be é')).toBe('abc\tde é');
  });

  it('folds at 75 octets, continuation lines starting with a space, never inside a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`; // 8 + 120 octets
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves a line of exactly 75 octets whole and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('reads back a long title with every special character unchanged', () => {
    const title = `${'Long, long; title \\ with a line\nbreak '.repeat(5)}and an emoji 🚀`;
    const readBack = eventAt(
      parsedEvents(
        calendarFeed(
          { owner, certifications: [], goals: [{ id: 'g', title, status: 'active', targetDate: '2027-01-01' }] },
          now,
        ),
      ),
      1,
    );
    expect(readBack.summary).toBe(`Goal target date: ${title}`);
  });
});

describe('the secret in a feed URL', () => {
  const secret = 'A'.repeat(42) + '_';
  it('is 43 base64url characters before .ics', () => {
    expect(feedSecretFromFileName(`${secret}.ics`)).toBe(secret);
  });
  it.each([
    ['no extension', secret],
    ['too short', `${'A'.repeat(42)}.ics`],
    ['too long', `${'A'.repeat(44)}.ics`],
    ['padding', `${'A'.repeat(42)}=.ics`],
    ['other characters', `${'A'.repeat(42)}+.ics`],
    ['another extension', `${secret}.ical`],
    ['a path', `../${secret}.ics`],
  ])('refuses %s', (_case, fileName) => {
    expect(feedSecretFromFileName(fileName)).toBeNull();
  });
});
