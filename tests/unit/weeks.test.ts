import { describe, expect, it } from 'vitest';
import { requestedWeekProblem } from '@/lib/weekly/status';
import {
  addWeeks,
  currentWeekStart,
  isoWeek,
  isWeekStart,
  localDate,
  parseIsoDate,
  updateStreak,
  weekLabel,
  weekStartOf,
  dateLabel,
  monthLabel,
  shortMonthLabel,
  dayNumber,
  isoDateOfDay,
} from '@/lib/dates/calendar';

const monday = 1;
const sunday = 0;

describe('the week a moment falls in, in the user’s time zone', () => {
  it('uses the user’s calendar day, not UTC’s', () => {
    // Sunday 23:30 in New York is already Monday in UTC.
    const instant = new Date('2026-11-30T04:30:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-29');
    expect(currentWeekStart(instant, 'America/New_York', monday)).toBe('2026-11-23');
    expect(currentWeekStart(instant, 'UTC', monday)).toBe('2026-11-30');
  });

  it('is already next week in Auckland while London is still in this one', () => {
    const instant = new Date('2026-11-29T12:00:00Z'); // Sunday noon in London, Monday 1am in Auckland
    expect(currentWeekStart(instant, 'Europe/London', monday)).toBe('2026-11-23');
    expect(currentWeekStart(instant, 'Pacific/Auckland', monday)).toBe('2026-11-30');
  });

  it('honours a week that starts on Sunday or Saturday', () => {
    expect(weekStartOf('2026-11-25', sunday)).toBe('2026-11-22');
    expect(weekStartOf('2026-11-25', 6)).toBe('2026-11-21');
    expect(weekStartOf('2026-11-22', sunday)).toBe('2026-11-22');
  });

  it('keeps whole days across daylight-saving changes', () => {
    // Europe/London leaves summer time on 25 Oct 2026; the week still has 7 days.
    expect(currentWeekStart(new Date('2026-10-25T23:30:00Z'), 'Europe/London', monday)).toBe('2026-10-19');
    expect(currentWeekStart(new Date('2026-10-26T00:30:00Z'), 'Europe/London', monday)).toBe('2026-10-26');
    expect(addWeeks('2026-10-19', 1)).toBe('2026-10-26');
    // US spring forward, 8 Mar 2026: 23:30 local Sunday is still the old week.
    expect(currentWeekStart(new Date('2026-03-09T03:30:00Z'), 'America/New_York', monday)).toBe('2026-03-02');
  });

  it('crosses the year boundary', () => {
    expect(weekStartOf('2027-01-01', monday)).toBe('2026-12-28');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(weekLabel('2026-12-28')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(weekLabel('2026-11-23')).toBe('23–29 Nov 2026');
    expect(weekLabel('2026-11-30')).toBe('30 Nov – 6 Dec 2026');
  });

  it('writes the same label each time a date is asked for, and refuses a date that does not exist each time', () => {
    for (let round = 0; round < 2; round++) {
      expect(dateLabel('2026-09-05')).toBe('5 Sept 2026');
      expect(monthLabel('2026-09')).toBe('Sept 2026');
      expect(monthLabel('2026-09-05')).toBe('Sept 2026');
      expect(shortMonthLabel('2026-09-05')).toBe('Sept');
      expect(weekLabel('2026-12-28')).toBe('28 Dec 2026 – 3 Jan 2027');
      expect(() => dateLabel('2026-02-30')).toThrow();
      expect(() => weekLabel('not a date')).toThrow();
    }
  });

  it('recognises only real first days of a week', () => {
    expect(isWeekStart('2026-11-23', monday)).toBe(true);
    expect(isWeekStart('2026-11-24', monday)).toBe(false);
    expect(isWeekStart('2026-02-30', monday)).toBe(false);
    expect(() => parseIsoDate('2026-13-01')).toThrow();
  });
});

describe('ISO week numbers', () => {
  it('counts week 53 in a long year and week 1 in the next', () => {
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
  });

  it('puts early January in the previous year’s last week when the year starts late in the week', () => {
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2026-11-25')).toEqual({ year: 2026, week: 48 });
  });
});

describe('update streak', () => {
  const current = '2026-11-23';

  it('counts consecutive weeks ending this week', () => {
    expect(updateStreak(['2026-11-23', '2026-11-16', '2026-11-09', '2026-10-26'], current)).toBe(3);
  });

  it('is not broken before this week is over', () => {
    expect(updateStreak(['2026-11-16', '2026-11-09'], current)).toBe(2);
  });

  it('is zero when last week was missed too', () => {
    expect(updateStreak(['2026-11-09', '2026-11-02'], current)).toBe(0);
    expect(updateStreak([], current)).toBe(0);
  });

  it('runs across the new year', () => {
    expect(updateStreak(['2027-01-04', '2026-12-28', '2026-12-21'], '2027-01-04')).toBe(3);
  });
});

describe('day numbers', () => {
  it('agree with the calendar on every day from 1900 to 2200', () => {
    const mismatches: string[] = [];
    for (let instant = Date.UTC(1900, 0, 1); instant < Date.UTC(2200, 0, 1); instant += 86_400_000) {
      const date = new Date(instant).toISOString().slice(0, 10);
      const day = instant / 86_400_000;
      if (isoDateOfDay(day) !== date || dayNumber(date) !== day) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });

  it('refuse dates that do not exist', () => {
    for (const date of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-1-01', ''])
      expect(() => dayNumber(date)).toThrow('Not a calendar date');
    expect(dayNumber('2024-02-29')).toBe(19_782);
  });
});

describe('a week asked for in the address', () => {
  const thisWeek = '2026-11-23';
  it('is shown when it is a past or current week start', () => {
    expect(requestedWeekProblem(undefined, thisWeek, 1)).toBeNull();
    expect(requestedWeekProblem('2026-11-16', thisWeek, 1)).toBeNull();
    expect(requestedWeekProblem(thisWeek, thisWeek, 1)).toBeNull();
  });

  it('says why this week is shown instead', () => {
    expect(requestedWeekProblem('garbage', thisWeek, 1)).toBe(
      'That address does not name a week, so here is this week.',
    );
    expect(requestedWeekProblem('2026-02-30', thisWeek, 1)).toBe(
      'That address does not name a week, so here is this week.',
    );
    expect(requestedWeekProblem('2026-11-30', thisWeek, 1)).toBe(
      'That week has not started yet, so here is this week.',
    );
    expect(requestedWeekProblem('2026-11-18', thisWeek, 1)).toBe(
      'That is not the start of one of your weeks, so here is this week.',
    );
  });
});
