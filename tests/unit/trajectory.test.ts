import { describe, expect, it } from 'vitest';
import {
  indexDates,
  monthEnds,
  trajectoryFactors,
  trajectoryFactorValuesAt,
  trajectoryIndexAt,
  trajectorySeries,
  type TrajectoryHistory,
  type TrajectoryPoint,
} from '@/lib/trajectory/trajectory-index';
import { addWeeks } from '@/lib/dates/calendar';

const empty: TrajectoryHistory = {
  goals: [],
  updateWeeks: [],
  reflections: [],
  education: [],
  assessments: [],
  certifications: [],
  positions: [],
  payRecords: [],
};
const monthEnd = '2026-10-31';
const weeksOf2026 = Array.from({ length: 43 }, (_, index) => addWeeks('2026-01-05', index));

/** Someone in a job: short-term goals only, hourly pay, no learning, rare check-ins, low alignment. */
const jobLike: TrajectoryHistory = {
  ...empty,
  goals: [
    {
      horizon: 'short',
      servesLongTermGoal: false,
      startDate: '2026-01-10',
      status: 'active',
      statusChangedOn: '2026-01-10',
    },
    {
      horizon: 'short',
      servesLongTermGoal: false,
      startDate: '2026-03-01',
      status: 'active',
      statusChangedOn: '2026-03-01',
    },
  ],
  updateWeeks: weeksOf2026.filter((_, index) => index % 6 === 0),
  reflections: weeksOf2026.filter((_, index) => index % 6 === 0).map((weekStart) => ({ weekStart, alignment: 2 })),
  positions: [
    {
      id: 'role-1',
      startedOn: '2021-05-01',
      endedOn: null,
      howReached: 'first_role',
      payBasis: 'hourly',
      hasBonus: false,
      hasStockOptions: false,
      hasBenefits: false,
    },
  ],
};

/** The same person a year into building a career. */
const careerLike: TrajectoryHistory = {
  ...jobLike,
  goals: [
    {
      horizon: 'long',
      servesLongTermGoal: false,
      startDate: '2026-01-10',
      status: 'active',
      statusChangedOn: '2026-01-10',
    },
    {
      horizon: 'short',
      servesLongTermGoal: true,
      startDate: '2026-02-01',
      status: 'achieved',
      statusChangedOn: '2026-06-01',
    },
    {
      horizon: 'short',
      servesLongTermGoal: true,
      startDate: '2026-06-01',
      status: 'active',
      statusChangedOn: '2026-06-01',
    },
  ],
  updateWeeks: weeksOf2026,
  reflections: weeksOf2026.map((weekStart) => ({ weekStart, alignment: 4 })),
  education: [
    { startedOn: null, completedOn: '2026-04-01', hours: 60 },
    { startedOn: null, completedOn: '2026-09-01', hours: 40 },
  ],
  assessments: [
    { skillId: 'sql', assessedOn: '2025-06-01', level: 2 },
    { skillId: 'sql', assessedOn: '2026-08-01', level: 4 },
    { skillId: 'coaching', assessedOn: '2026-02-01', level: 2 },
    { skillId: 'coaching', assessedOn: '2026-09-01', level: 3 },
  ],
  certifications: [{ earnedOn: '2026-05-01', expiresOn: null }],
  positions: [
    {
      id: 'role-2',
      startedOn: '2021-05-01',
      endedOn: '2026-06-30',
      howReached: 'first_role',
      payBasis: 'hourly',
      hasBonus: false,
      hasStockOptions: false,
      hasBenefits: false,
    },
    {
      id: 'role-3',
      startedOn: '2026-07-01',
      endedOn: null,
      howReached: 'promotion',
      payBasis: 'salary',
      hasBonus: true,
      hasStockOptions: false,
      hasBenefits: true,
    },
  ],
};

describe('trajectory index', () => {
  it('an empty account has not enough data yet, not a fake number', () => {
    expect(trajectoryIndexAt(empty, monthEnd)).toBeNull();
  });

  it('only short-term goals, no learning, hourly pay: stays near the job end', () => {
    const point = trajectoryIndexAt(jobLike, monthEnd);
    expect(point?.score).toBeLessThan(25);
    expect(point?.factors.find((factor) => factor.key === 'horizon')?.value).toBe(0);
    expect(point?.factors.find((factor) => factor.key === 'learning')?.value).toBe(0);
  });

  it('long-term goals, training, a credential and a promotion move it toward career', () => {
    const job = trajectoryIndexAt(jobLike, monthEnd)?.score ?? 0;
    const career = trajectoryIndexAt(careerLike, monthEnd)?.score ?? 0;
    expect(career).toBeGreaterThan(70);
    expect(career - job).toBeGreaterThan(40);
  });

  it('each single change moves the score the right way', () => {
    const base = trajectoryIndexAt(jobLike, monthEnd)?.score ?? 0;
    const withLongGoal = {
      ...jobLike,
      goals: [
        ...jobLike.goals,
        {
          horizon: 'long' as const,
          servesLongTermGoal: false,
          startDate: '2026-02-01',
          status: 'active' as const,
          statusChangedOn: '2026-02-01',
        },
      ],
    };
    const withTraining = { ...jobLike, education: [{ startedOn: null, completedOn: '2026-05-01', hours: 50 }] };
    const withPromotion = { ...jobLike, positions: careerLike.positions };
    for (const changed of [withLongGoal, withTraining, withPromotion]) {
      expect(trajectoryIndexAt(changed, monthEnd)?.score ?? 0).toBeGreaterThan(base);
    }
  });

  it('counts a degree’s hours in the months it ran, not all in its completion month', () => {
    // 1,800 hours from September 2023 to August 2026: 50 a month, 600 in any twelve months inside it.
    const degree = { ...jobLike, education: [{ startedOn: '2023-09-01', completedOn: '2026-08-31', hours: 1800 }] };
    const learning = (at: string) =>
      trajectoryIndexAt(degree, at)?.factors.find((factor) => factor.key === 'learning')?.value;
    // 0.6 × min(1, hours ÷ 100): the degree's first month counts 50 hours, the year after it only its tail.
    expect(learning('2023-09-30')).toBeCloseTo(0.6 * 0.5);
    expect(learning('2026-08-31')).toBeCloseTo(0.6);
    expect(learning('2027-07-31')).toBeCloseTo(0.6 * 0.5);
    expect(learning('2027-08-31')).toBe(0);
  });

  it('explains itself: the contributions add up to the score and the weights to 100', () => {
    const point = trajectoryIndexAt(careerLike, monthEnd);
    const total = point?.factors.reduce((sum, factor) => sum + factor.contribution, 0) ?? 0;
    expect(Math.round(total)).toBe(point?.score);
    expect(trajectoryFactors.reduce((sum, factor) => sum + factor.weight, 0)).toBe(100);
    for (const factor of point?.factors ?? []) {
      expect(factor.value).toBeGreaterThanOrEqual(0);
      expect(factor.value).toBeLessThanOrEqual(1);
    }
  });

  it('an expired certification no longer counts', () => {
    const expired = { ...careerLike, certifications: [{ earnedOn: '2024-01-01', expiresOn: '2026-03-01' }] };
    expect(trajectoryIndexAt(expired, monthEnd)?.factors.find((factor) => factor.key === 'credentials')?.value).toBe(0);
  });

  it('a series has one point per month from the first month with data', () => {
    const series = trajectorySeries(careerLike, '2020-11', '2026-10-31');
    expect(series[0]?.monthEnd).toBe('2021-05-31');
    expect(series.at(-1)?.monthEnd).toBe('2026-10-31');
  });

  it('knows the last day of every month, February of a leap year included', () => {
    expect(monthEnds('2027-11', '2028-03')).toEqual([
      '2027-11-30',
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
  });
});

describe('consistency', () => {
  it('a new user with two weekly check-ins is not yet a steady habit', () => {
    const newcomer: TrajectoryHistory = { ...jobLike, updateWeeks: ['2026-10-19', '2026-10-26'] };
    const consistency = trajectoryIndexAt(newcomer, monthEnd)?.factors.find(
      (factor) => factor.key === 'consistency',
    )?.value;
    expect(consistency).toBeCloseTo(2 / 13);
  });
});

describe('the month still running', () => {
  const today = '2026-11-26'; // a Thursday; its week began on Monday 2026-11-23
  const consistency = (point: TrajectoryPoint | null | undefined) =>
    point?.factors.find((factor) => factor.key === 'consistency')?.value;
  // A check-in every week since June, this week's included.
  const weeksSinceJune = Array.from({ length: 26 }, (_, index) => addWeeks('2026-06-01', index));
  const steady: TrajectoryHistory = {
    ...careerLike,
    updateWeeks: weeksSinceJune,
    reflections: weeksSinceJune.map((weekStart) => ({ weekStart, alignment: 4 })),
  };

  it('is judged as of today, so the weeks still to come are not missed weeks', () => {
    const [october, running] = trajectorySeries(steady, '2026-10', today);
    expect(october?.monthEnd).toBe('2026-10-31');
    expect(running?.monthEnd).toBe(today);
    expect(consistency(october)).toBe(1);
    expect(consistency(running)).toBe(1);
    expect(running?.score).toBeGreaterThanOrEqual(october?.score ?? Infinity);
  });

  it('does not count this week as missed before it has its update', () => {
    const thisWeekNotYet = { ...steady, updateWeeks: weeksSinceJune.slice(0, -1) };
    expect(consistency(trajectoryIndexAt(thisWeekNotYet, today))).toBe(1);
    // A week without an update is missed once a later week has begun.
    expect(consistency(trajectoryIndexAt(thisWeekNotYet, '2026-11-30'))).toBeCloseTo(25 / 26);
  });

  it('counts the training hours of twelve months, not of thirteen, on a day inside a month', () => {
    const courseAYearAgo = { ...steady, education: [{ startedOn: null, completedOn: '2025-11-05', hours: 100 }] };
    const learning = (date: string) => trajectoryFactorValuesAt(courseAYearAgo, date)?.learning;
    expect(learning(today)).toBe(learning('2026-11-30'));
    expect(learning(today)).toBeLessThan(learning('2026-10-31') ?? 0);
  });

  it('has its point at today, after the last day of each month before it', () => {
    expect(indexDates('2026-09', today)).toEqual(['2026-09-30', '2026-10-31', today]);
    expect(indexDates('2025-11', '2025-12-31')).toEqual(['2025-11-30', '2025-12-31']);
  });
});

describe('advancement and compensation: real pay growth', () => {
  const salaried = (positionId: string, effectiveOn: string, baseAmount: number) => ({
    positionId,
    effectiveOn,
    currency: 'EUR',
    baseKind: 'salary' as const,
    baseAmount,
    hoursPerWeek: null,
    bonusTarget: null,
    bonusPaid: null,
    equityValue: null,
    equityVestingStart: null,
    equityVestingYears: null,
  });
  const advancement = (history: TrajectoryHistory) => trajectoryFactorValuesAt(history, monthEnd)?.advancement;
  // careerLike: a promotion in July 2026 (0.6 of the factor) and a salaried package with bonus and benefits.
  const withPay = (records: TrajectoryHistory['payRecords']) => ({ ...careerLike, payRecords: records });

  it('without pay records the package flags count, as before', () => {
    expect(advancement(careerLike)).toBeCloseTo(0.6 + 0.4 * (0.5 + 0.5 * (2 / 3)));
  });

  it('less than a year of pay history says nothing yet: the flags still count', () => {
    expect(advancement(withPay([salaried('role-3', '2026-07-01', 60_000)]))).toBeCloseTo(advancement(careerLike) ?? -1);
  });

  it('pay that only keeps up with prices scores no growth', () => {
    const records = [salaried('role-2', '2023-10-31', 50_000), salaried('role-3', '2026-07-01', 53_060)];
    expect(advancement(withPay(records))).toBeCloseTo(0.6, 2);
  });

  it('real growth of 8% a year or more earns full marks; half of it, half', () => {
    // 50,000 → 67,500 over three years: 10.5% a year nominal, about 8.3% real.
    const strong = [salaried('role-2', '2023-10-31', 50_000), salaried('role-3', '2026-07-01', 67_500)];
    expect(advancement(withPay(strong))).toBeCloseTo(1);
    // 50,000 → 59,700: 6.1% a year nominal, 4% real.
    const half = [salaried('role-2', '2023-10-31', 50_000), salaried('role-3', '2026-07-01', 59_700)];
    expect(advancement(withPay(half))).toBeCloseTo(0.6 + 0.4 * 0.5, 1);
  });

  it('a pay cut scores no growth, never below zero', () => {
    const records = [salaried('role-2', '2023-10-31', 50_000), salaried('role-3', '2026-07-01', 40_000)];
    expect(advancement(withPay(records))).toBeCloseTo(0.6);
  });
});
