import { describe, expect, it } from 'vitest';
import { firstCountedWeek } from '@/lib/weekly/status';
import {
  careerFacts,
  durationLabel,
  goalOutlook,
  maxHistoryYears,
  purposeAndProgress,
  rangeStartMonth,
  recentWeeks,
} from '@/lib/trajectory/dashboard';
import { addWeeks } from '@/lib/dates/calendar';

const today = '2026-11-25';

describe('range of the dashboard', () => {
  it('starts 12 months or 3 years back, counting the current month', () => {
    expect(rangeStartMonth('12m', today, null)).toBe('2025-12');
    expect(rangeStartMonth('3y', today, null)).toBe('2023-12');
    expect(rangeStartMonth('12m', '2026-03-31', null)).toBe('2025-04');
  });

  it('starts "all" at the first activity, or this month for an empty account', () => {
    expect(rangeStartMonth('all', today, '2017-02')).toBe('2017-02');
    expect(rangeStartMonth('all', today, null)).toBe('2026-11');
  });

  it(`reaches "all" back at most ${maxHistoryYears} years, and never after this month`, () => {
    expect(rangeStartMonth('all', today, '1976-12')).toBe('1976-12');
    expect(rangeStartMonth('all', today, '1976-11')).toBe('1976-12');
    expect(rangeStartMonth('all', today, '1000-01')).toBe('1976-12');
    expect(rangeStartMonth('all', today, '0100-01')).toBe('1976-12');
    expect(rangeStartMonth('all', today, '2030-01')).toBe('2026-11');
  });
});

describe('career facts', () => {
  const positions = [
    { startedOn: '2019-03-01', endedOn: '2022-05-31', howReached: 'first_role' as const },
    { startedOn: '2022-06-01', endedOn: '2024-08-31', howReached: 'promotion' as const },
    { startedOn: '2024-09-01', endedOn: null, howReached: 'career_change' as const },
  ];

  it('reads time in the current role and since the last promotion', () => {
    const facts = careerFacts(positions, [], [], today);
    expect(facts.timeInCurrentRole).toBe('2 years 2 months');
    expect(facts.sinceLastPromotion).toBe('4 years 5 months');
  });

  it('counts the training hours of this calendar year only, each entry’s spread over the months it ran', () => {
    const training = [
      { startedOn: null, completedOn: '2026-02-01', hours: 40 },
      { startedOn: '2026-10-01', completedOn: '2026-10-01', hours: 12 },
      { startedOn: null, completedOn: '2026-10-02', hours: null },
      { startedOn: null, completedOn: '2025-12-31', hours: 100 },
      // Four months of 25 hours, two of them this year.
      { startedOn: '2025-11-03', completedOn: '2026-02-27', hours: 100 },
      { startedOn: '2026-03-01', completedOn: null, hours: 8 },
    ];
    expect(careerFacts([], training, [], today).trainingHoursThisYear).toBe(102);
  });

  it('lists the certifications expiring in the next 90 days, not expired or later ones', () => {
    const certifications = [
      { name: 'Soon', expiresOn: '2027-01-10' },
      { name: 'Later', expiresOn: '2027-06-01' },
      { name: 'Gone', expiresOn: '2026-11-01' },
      { name: 'Forever', expiresOn: null },
    ];
    expect(careerFacts([], [], certifications, today).expiringSoon.map((c) => c.name)).toEqual(['Soon']);
  });

  it('has nothing to say without a role', () => {
    expect(careerFacts([], [], [], today)).toEqual({
      timeInCurrentRole: null,
      sinceLastPromotion: null,
      trainingHoursThisYear: 0,
      expiringSoon: [],
    });
  });

  it('words durations for people', () => {
    expect(durationLabel('2026-11-20', today)).toBe('less than a month');
    expect(durationLabel('2025-11-25', today)).toBe('1 year');
    expect(durationLabel('2026-08-25', today)).toBe('3 months');
    expect(durationLabel('2024-09-26', today)).toBe('2 years 1 month');
    expect(durationLabel('2024-02-29', '2025-02-28')).toBe('11 months');
  });
});

describe('goal outlook on the dashboard', () => {
  const goal = {
    targetKind: 'numeric' as const,
    startValue: 0,
    targetValue: 100,
    targetDate: '2027-06-01',
    status: 'active',
  };
  const steady = Array.from({ length: 10 }, (_, index) => ({
    weekStart: addWeeks('2026-09-21', index),
    value: 10 + index * 5,
    confidence: 3,
  }));

  it('projects a steady goal and says whether it is on track', () => {
    expect(goalOutlook(goal, steady, today)[0]).toMatch(/^On track: projected \d+ \w+ 2027$/);
    expect(goalOutlook({ ...goal, targetDate: '2026-12-20' }, steady, today)).toEqual([
      expect.stringMatching(/^Behind by \d+ weeks: projected/),
      'Confidence steady',
      'Due within 30 days',
    ]);
  });

  it('says when there is too little to forecast, and when a goal is overdue', () => {
    expect(goalOutlook({ ...goal, targetDate: '2026-11-01' }, steady.slice(0, 2), today)).toEqual([
      'Not enough updates to forecast yet',
      'Overdue',
    ]);
  });
});

describe('purpose alignment beside goal progress', () => {
  const reflections = [
    { weekStart: '2026-09-07', alignment: 2 },
    { weekStart: '2026-09-14', alignment: 4 },
    { weekStart: '2026-10-05', alignment: 5 },
    { weekStart: '2025-01-06', alignment: 1 },
  ];
  const progress = [
    { month: '2026-09', progress: 0.424 },
    { month: '2026-11', progress: 0.5 },
    { month: '2024-12', progress: 0.1 },
  ];

  it('puts the monthly mean rating and mean progress side by side, from the first month of the range', () => {
    expect(purposeAndProgress(reflections, progress, '2026-01')).toEqual([
      { month: '2026-09', label: 'Sept 2026', alignment: 3, progress: 42 },
      { month: '2026-10', label: 'Oct 2026', alignment: 5, progress: null },
      { month: '2026-11', label: 'Nov 2026', alignment: null, progress: 50 },
    ]);
  });

  it('is empty without ratings or values', () => {
    expect(purposeAndProgress([], [], '2026-01')).toEqual([]);
  });
});

describe('weekly consistency', () => {
  it('marks the last weeks up to the current one, oldest first, counting none before the first counted week', () => {
    const weeks = recentWeeks(['2026-11-23', '2026-11-09'], '2026-11-23', 4, '2026-11-09');
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', updated: false, counted: false },
      { weekStart: '2026-11-09', updated: true, counted: true },
      { weekStart: '2026-11-16', updated: false, counted: true },
      { weekStart: '2026-11-23', updated: true, counted: true },
    ]);
  });

  it('counts from the week the user joined, or from an earlier imported update', () => {
    expect(firstCountedWeek('2026-11-25', ['2026-11-23'], 1)).toBe('2026-11-23');
    expect(firstCountedWeek('2026-11-25', [], 0)).toBe('2026-11-22');
    expect(firstCountedWeek('2026-11-25', ['2026-12-07', '2019-03-04'], 1)).toBe('2019-03-04');
    // Saved while weeks started on Sunday, read now that they start on Monday.
    expect(firstCountedWeek('2026-11-25', ['2019-03-03'], 1)).toBe('2019-02-25');
  });
});
