import { describe, expect, it } from 'vitest';
import { buildYearlyReview, type ReviewInput } from '@/lib/review/review';
import { reviewSections } from '@/lib/review/sections';
import {
  balanceField,
  balanceSentence,
  hoursWorked,
  hoursWorkedField,
  monthlyBalance,
  summariseBalance,
} from '@/lib/weekly/balance';
import { parseWeeklyForm, weeklyRefusal } from '@/lib/weekly/schema';
import { monthLabel } from '@/lib/dates/calendar';
import { emptyReviewInput } from '../support/review-input';

const week = (weekStart: string, hours: number | null, balance: number | null, alignment = 3) => ({
  weekStart,
  hoursWorked: hours,
  balance,
  alignment,
});

describe('hours worked and the balance rating as typed', () => {
  it('accepts whole hours or one decimal from 0 to 120, with a decimal comma; empty is not given', () => {
    for (const [typed, read] of [
      ['42', 42],
      ['37.5', 37.5],
      ['37,5', 37.5],
      ['0', 0],
      ['120', 120],
      [' 8 ', 8],
      ['', null],
      [undefined, null],
    ] as const)
      expect(hoursWorkedField.parse(typed)).toBe(read);
  });

  it('refuses more than 120 hours, two decimals, signs, exponents and words', () => {
    for (const typed of ['120.5', '121', '40.25', '-1', '4e1', 'forty', '0x2A', '1000'])
      expect(hoursWorkedField.safeParse(typed).success, typed).toBe(false);
  });

  it('stored hours keep to the same bounds (1.1 is one decimal despite floating point)', () => {
    expect(hoursWorked.safeParse(1.1).success).toBe(true);
    expect(hoursWorked.safeParse(40.05).success).toBe(false);
    expect(hoursWorked.safeParse(120.1).success).toBe(false);
  });

  it('a balance is 1 to 5 or not given', () => {
    expect(balanceField.parse('4')).toBe(4);
    expect(balanceField.parse('')).toBeNull();
    expect(balanceField.parse(undefined)).toBeNull();
    for (const typed of ['0', '6', '2.5', 'good']) expect(balanceField.safeParse(typed).success, typed).toBe(false);
  });

  it('a refused hours field is shown beside the field, not read as a stale page', () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ weekStart: '2026-03-02', version: '0', alignment: '3' }))
      form.set(name, value);
    form.set('hoursWorked', '200');
    form.set('balance', '9');
    const parsed = parseWeeklyForm(form);
    if (parsed.success) throw new Error('accepted 200 hours');
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(['balance', 'hoursWorked']);
    expect(weeklyRefusal(parsed.fieldErrors)).toMatch(/^Please correct/);
  });
});

describe('balance by month', () => {
  it('averages the weeks that recorded each value, beside the month’s alignment; months with neither are left out', () => {
    const points = monthlyBalance(
      [
        week('2026-01-05', 40, 4, 2),
        week('2026-01-12', 50, null, 4),
        week('2026-01-19', null, 2, 3),
        week('2026-02-02', null, null, 5),
        week('2026-03-02', 45.5, null, 4),
        week('2025-12-29', 60, 1),
      ],
      '2026-01',
    );
    expect(points).toEqual([
      { month: '2026-01', label: monthLabel('2026-01'), hours: 45, balance: 3, alignment: 3 },
      { month: '2026-03', label: monthLabel('2026-03'), hours: 45.5, balance: null, alignment: 4 },
    ]);
  });

  it('is empty for an account that never recorded hours or balance', () => {
    expect(monthlyBalance([week('2026-01-05', null, null)], '2025-01')).toEqual([]);
  });
});

describe('balance over a year', () => {
  it('averages hours and ratings to one decimal and compares the later half of rated weeks with the earlier', () => {
    const summary = summariseBalance([
      week('2026-01-05', 50, 2),
      week('2026-01-12', 48.5, 2),
      week('2026-06-01', 41, 4),
      week('2026-06-08', null, 4),
      week('2026-06-15', 40, null),
    ]);
    expect(summary).toEqual({
      weeksWithHours: 4,
      averageHours: 44.9,
      weeksRated: 4,
      averageBalance: 3,
      trend: 'improving',
    });
  });

  it('reads the weeks in date order, whatever order they come in', () => {
    const declining = summariseBalance([
      week('2026-09-07', null, 1),
      week('2026-01-05', null, 5),
      week('2026-09-14', null, 2),
      week('2026-01-12', null, 4),
    ]);
    expect(declining.trend).toBe('declining');
  });

  it('calls a change under half a point steady, and names no trend from fewer than four rated weeks', () => {
    // 3.3 in the first three rated weeks, 3.7 in the last three.
    expect(
      summariseBalance([3, 4, 3, 4, 4, 3].map((rating, index) => week(`2026-0${index + 1}-05`, null, rating))).trend,
    ).toBe('steady');
    expect(summariseBalance([1, 5, 5].map((rating, index) => week(`2026-0${index + 1}-05`, null, rating))).trend).toBe(
      null,
    );
  });

  it('says nothing for a year without hours or ratings', () => {
    const summary = summariseBalance([]);
    expect(summary).toEqual({
      weeksWithHours: 0,
      averageHours: null,
      weeksRated: 0,
      averageBalance: null,
      trend: null,
    });
    expect(balanceSentence(summary)).toBeNull();
  });

  it('is one line of the yearly review: average hours, average balance in words, and the trend', () => {
    const input: ReviewInput = {
      ...emptyReviewInput,
      balanceWeeks: [
        week('2024-12-30', 70, 1), // a week of the year before: not counted
        week('2025-01-06', 45, 2),
        week('2025-02-03', 44, 3),
        week('2025-08-04', 41, 4),
        week('2025-09-01', 42, 4),
      ],
    };
    const review = buildYearlyReview(input);
    expect(review.balance).toMatchObject({ averageHours: 43, averageBalance: 3.3, trend: 'improving' });
    expect(reviewSections(review).find((section) => section.id === 'balance')?.lead).toBe(
      '43.0 hours worked a week on average (4 weeks recorded); balance 3.3 out of 5 on average, “Mixed” (4 weeks rated); improving over the year.',
    );
    const empty = reviewSections(buildYearlyReview({ ...input, balanceWeeks: [] })).find(
      (section) => section.id === 'balance',
    );
    expect(empty).toEqual({
      id: 'balance',
      title: 'Work-life balance',
      items: [],
      none: 'No hours or balance recorded this year.',
    });
  });
});
