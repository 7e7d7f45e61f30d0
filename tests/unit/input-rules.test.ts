import { describe, expect, it } from 'vitest';
import { parseProfileForm } from '@/lib/account/profile-schema';
import { parseAssessmentForm, parseCertificationForm, parseEducationForm } from '@/lib/career/schema';
import { addDays, localDate, weekStartOf } from '@/lib/dates/calendar';
import { canonicalTimeZone, isKnownTimeZone, usableTimeZone } from '@/lib/dates/time-zones';
import { optionalNumberField, plausibleDateRange, singleLineText } from '@/lib/forms/fields';
import { goalInputSchema } from '@/lib/goals/schema';
import { reviewNotesSchema } from '@/lib/review/schema';
import { hostileCorpus } from '../support/hostile-corpus';
import { requestedWeekProblem } from '@/lib/weekly/status';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const today = localDate(new Date(), 'UTC');
const errorsOf = (parsed: { success: boolean; fieldErrors?: Record<string, string[] | undefined> }) =>
  parsed.success ? 'accepted' : parsed.fieldErrors;

describe('single-line text', () => {
  const title = singleLineText({ max: 20, required: 'Give it a title.', tooLong: 'Too long.' });
  const outcome = (value: string) => {
    const result = title.safeParse(value);
    return result.success ? result.data : result.error.issues[0]?.message;
  };

  it('keeps ordinary text, accents and emoji, joined ones included', () => {
    expect(outcome('  Learn SQL ')).toBe('Learn SQL');
    expect(outcome('Café → Zürich')).toBe('Café → Zürich');
    expect(outcome('Family 👨‍👩‍👧 time')).toBe('Family 👨‍👩‍👧 time');
    expect(outcome('👩🏽‍💻 and 🏳️‍🌈')).toBe('👩🏽‍💻 and 🏳️‍🌈');
  });

  it('refuses line breaks, tabs and other control characters', () => {
    const message = 'Use one line of text, without invisible characters.';
    expect(outcome('one\ntwo')).toBe(message);
    expect(outcome('one\r\ntwo')).toBe(message);
    expect(outcome('one\ttwo')).toBe(message);
    expect(outcome('one\u2028two')).toBe(message);
    expect(outcome('bell\u0007')).toBe(message);
  });

  it('accepts exactly the entries of the hostile corpus marked single-line', () => {
    for (const entry of hostileCorpus) {
      const result = singleLineText({ max: 200, required: 'Required.', tooLong: 'Too long.' }).safeParse(entry.text);
      expect(result.success, entry.name).toBe(entry.singleLine);
    }
  });

  it('refuses format characters: zero-width ones and bidi overrides', () => {
    const message = 'Use one line of text, without invisible characters.';
    expect(outcome('a\u200Bb')).toBe(message);
    expect(outcome('\u202Eevil')).toBe(message);
    expect(outcome('\u2066isolate\u2069')).toBe(message);
    expect(outcome('b\uFEFFom')).toBe(message);
  });

  it('needs at least one visible character, and counts the limit after trimming', () => {
    expect(outcome('')).toBe('Give it a title.');
    expect(outcome('   ')).toBe('Give it a title.');
    expect(outcome('\u200B\u200B')).toBe('Give it a title.');
    expect(outcome('x'.repeat(20))).toBe('x'.repeat(20));
    expect(outcome('x'.repeat(21))).toBe('Too long.');
  });

  it('is refused in a goal title sent straight to the schema', () => {
    const goal = {
      title: 'Ship\n## Goals achieved',
      horizon: 'long',
      category: 'learning',
      targetKind: 'done',
      startDate: '2026-01-05',
    };
    const result = goalInputSchema.safeParse(goal);
    expect(result.success).toBe(false);
    expect(goalInputSchema.safeParse({ ...goal, title: '\u202E\u200B' }).success).toBe(false);
  });
});

describe('a number typed in a form is decimal', () => {
  const value = optionalNumberField('Enter a number.');
  const outcome = (typed: string) => {
    const result = value.safeParse(typed);
    return result.success ? result.data : result.error.issues[0]?.message;
  };

  it('reads plain decimals with a point or a comma, and a sign', () => {
    expect(outcome('16')).toBe(16);
    expect(outcome('-3.5')).toBe(-3.5);
    expect(outcome('+2')).toBe(2);
    expect(outcome('0,25')).toBe(0.25);
    expect(outcome('.5')).toBe(0.5);
  });

  it('refuses hexadecimal, binary, exponents and other readings of Number()', () => {
    for (const typed of ['0x10', '0b101', '0o17', '1e3', '1E-2', 'Infinity', '1_000', '--1', '1.2.3'])
      expect(outcome(typed), typed).toBe('Enter a number.');
  });
});

describe('dates have a plausible range', () => {
  const { earliest, latest } = plausibleDateRange(new Date());

  it('runs from 1900 to fifty years from today', () => {
    expect(earliest).toBe('1900-01-01');
    expect(latest.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) + 50));
  });

  it('refuses a position, a goal or a study outside it, in the forms', () => {
    const goal = { title: 'Old', horizon: 'long', category: 'learning', targetKind: 'done' };
    expect(goalInputSchema.safeParse({ ...goal, startDate: '1899-12-31' }).success).toBe(false);
    expect(goalInputSchema.safeParse({ ...goal, startDate: '1900-01-01' }).success).toBe(true);
    expect(goalInputSchema.safeParse({ ...goal, startDate: '2026-01-01', targetDate: '9999-12-31' }).success).toBe(
      false,
    );
    expect(
      errorsOf(parseEducationForm(form({ kind: 'course', title: 'SQL', startedOn: '0100-01-01' }), today)),
    ).toEqual({
      startedOn: ['Enter a date between 1900 and 50 years from now.'],
    });
  });

  it('keeps earned, completed and assessed dates out of the future', () => {
    const tomorrow = addDays(today, 1);
    expect(errorsOf(parseCertificationForm(form({ name: 'ITIL', earnedOn: '9999-12-31' }), today))).toHaveProperty(
      'earnedOn',
    );
    expect(errorsOf(parseCertificationForm(form({ name: 'ITIL', earnedOn: tomorrow }), today))).toEqual({
      earnedOn: ['The date you earned it cannot be in the future.'],
    });
    expect(errorsOf(parseCertificationForm(form({ name: 'ITIL', earnedOn: today }), today))).toBe('accepted');
    expect(errorsOf(parseEducationForm(form({ kind: 'course', title: 'SQL', completedOn: tomorrow }), today))).toEqual({
      completedOn: ['A completion date cannot be in the future.'],
    });
    expect(errorsOf(parseAssessmentForm(form({ assessedOn: '9999-12-31', level: '3' }), today))).toHaveProperty(
      'assessedOn',
    );
  });
});

describe('a week named in the address', () => {
  it('must be a plausible date, like a week typed into a form', () => {
    const ancientMonday = weekStartOf('1000-01-10', 1);
    expect(requestedWeekProblem(ancientMonday, '2026-11-23', 1)).toBe(
      'That address does not name a week, so here is this week.',
    );
    expect(requestedWeekProblem('1900-01-01', '2026-11-23', 1)).toBeNull();
  });
});

describe('the form refuses what the import would refuse', () => {
  it('limits a certification’s web address to 2,000 characters', () => {
    const url = `https://example.com/${'a'.repeat(2980)}`;
    expect(
      errorsOf(parseCertificationForm(form({ name: 'ITIL', earnedOn: '2024-01-01', credentialUrl: url }), today)),
    ).toEqual({ credentialUrl: ['Keep the web address under 2,000 characters.'] });
  });

  it('refuses an empty “week starts on” instead of reading it as Sunday', () => {
    expect(errorsOf(parseProfileForm(form({ name: '', timeZone: 'UTC', weekStartsOn: '' })))).toEqual({
      weekStartsOn: ['Choose the day your week starts.'],
    });
    expect(errorsOf(parseProfileForm(form({ name: '', timeZone: 'UTC', weekStartsOn: '3' })))).toHaveProperty(
      'weekStartsOn',
    );
    expect(errorsOf(parseProfileForm(form({ name: '', timeZone: 'UTC', weekStartsOn: '0x1' })))).toHaveProperty(
      'weekStartsOn',
    );
  });

  it('keeps review years to the years the review pages show', () => {
    const notes = { summary: '', highlights: [] };
    expect(reviewNotesSchema.safeParse({ ...notes, year: 9999 }).success).toBe(false);
    expect(reviewNotesSchema.safeParse({ ...notes, year: 1969 }).success).toBe(false);
    expect(reviewNotesSchema.safeParse({ ...notes, year: new Date().getUTCFullYear() }).success).toBe(true);
  });
});

describe('a time zone chosen in a browser whose Intl names it otherwise', () => {
  it('is saved under this runtime’s name, and a zone no runtime knows is refused with the field’s message', () => {
    const profile = (timeZone: string) => parseProfileForm(form({ name: '', timeZone, weekStartsOn: '1' }));
    const kyiv = profile('Europe/Kyiv');
    expect(kyiv.success && kyiv.data.timeZone).toBe(canonicalTimeZone('Europe/Kyiv'));
    expect(isKnownTimeZone(canonicalTimeZone('Europe/Kyiv') ?? '')).toBe(true);
    expect(errorsOf(profile('Mars/Phobos'))).toEqual({ timeZone: ['Choose a time zone from the list.'] });
  });
});

describe('a stored time zone the app cannot use', () => {
  it('is recognised as unknown', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Phobos')).toBe(false);
    expect(usableTimeZone('Mars/Phobos')).toBe('UTC');
    expect(usableTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('falls back to UTC instead of failing every page', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(localDate(instant, 'Mars/Phobos')).toBe('2026-03-01');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-03-02');
  });

  it('turns the date at local midnight, to the second, however often it is asked', () => {
    // Kolkata is 5:30 ahead of UTC: its midnight falls at 18:30 UTC.
    const lastSecond = new Date('2026-03-01T18:29:59.999Z');
    const midnight = new Date('2026-03-01T18:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(localDate(lastSecond, 'Asia/Kolkata')).toBe('2026-03-01');
      expect(localDate(lastSecond, 'Asia/Kolkata')).toBe('2026-03-01');
      expect(localDate(midnight, 'Asia/Kolkata')).toBe('2026-03-02');
      expect(localDate(midnight, 'America/New_York')).toBe('2026-03-01');
      expect(localDate(lastSecond, 'Asia/Kolkata')).toBe('2026-03-01');
    }
  });
});
