import { describe, expect, it } from 'vitest';
import { buildYearlyReview, type ReviewInput } from '@/lib/review/review';
import { indexSentence, reviewSections } from '@/lib/review/sections';
import { addWeeks } from '@/lib/dates/calendar';
import { latestYearBegunAnywhere, parseReviewYear, reviewYearUpTo } from '@/lib/review/year';
import { emptyReviewInput } from '../support/review-input';

const goal = (id: string, overrides: Partial<ReviewInput['goals'][number]> = {}): ReviewInput['goals'][number] => ({
  id,
  title: `Goal ${id}`,
  horizon: 'short',
  status: 'active',
  statusChangedOn: '2025-01-06',
  startDate: '2025-01-06',
  targetKind: 'numeric',
  startValue: 0,
  targetValue: 10,
  ...overrides,
});

const empty = emptyReviewInput;

describe('yearly review', () => {
  it('is an empty review, not an error, for a year without records', () => {
    const review = buildYearlyReview({ ...empty, year: 2019 });
    expect(review.hasRecords).toBe(false);
    expect(review.goalsAchieved).toEqual([]);
    expect(review.index).toEqual({ atStart: null, atEnd: null, months: [], change: { kind: 'unknown' } });
    expect(review.consistency).toEqual({ weeksUpdated: 0, weeks: 53 });
  });

  it('separates goals achieved in the year from goals still in progress, with progress at both ends', () => {
    const review = buildYearlyReview({
      ...empty,
      goals: [
        goal('done', { status: 'achieved', statusChangedOn: '2025-09-01', startDate: '2024-06-03' }),
        goal('open', { startDate: '2024-06-03' }),
        goal('old', { status: 'abandoned', statusChangedOn: '2024-03-01', startDate: '2023-01-02' }),
        goal('later', { startDate: '2026-02-02' }),
        goal('long', {
          horizon: 'long',
          targetKind: 'milestones',
          startValue: null,
          targetValue: null,
          startDate: '2024-01-01',
        }),
      ],
      factsAtStart: [
        { goalId: 'open', latestValue: 2, milestonesDone: 0, milestonesTotal: 0 },
        { goalId: 'long', latestValue: null, milestonesDone: 1, milestonesTotal: 4 },
      ],
      factsAtEnd: [
        { goalId: 'open', latestValue: 7, milestonesDone: 0, milestonesTotal: 0 },
        { goalId: 'long', latestValue: null, milestonesDone: 3, milestonesTotal: 4 },
      ],
    });
    expect(review.goalsAchieved).toEqual([{ title: 'Goal done', horizon: 'short', achievedOn: '2025-09-01' }]);
    expect(review.shortTermGoals).toEqual([
      { title: 'Goal open', horizon: 'short', status: 'active', atStart: 0.2, atEnd: 0.7 },
    ]);
    expect(review.longTermGoals).toEqual([
      { title: 'Goal long', horizon: 'long', status: 'active', atStart: 0.25, atEnd: 0.75 },
    ]);
    expect(review.highlightCandidates).toEqual(['Achieved: Goal done']);
  });

  it('shows each goal with its status at the year’s end, in every section: a paused goal is not in progress', () => {
    const review = buildYearlyReview({
      ...empty,
      goals: [
        goal('paused', { status: 'paused', statusChangedOn: '2025-08-04', startDate: '2025-02-03' }),
        goal('dropped', { status: 'abandoned', statusChangedOn: '2025-10-06', startDate: '2025-02-03' }),
        // Paused only after the year ended: it was active through 2025.
        goal('later', { status: 'paused', statusChangedOn: '2026-03-02', startDate: '2025-02-03' }),
        goal('long', { horizon: 'long', status: 'paused', statusChangedOn: '2025-06-02', startDate: '2024-01-01' }),
      ],
    });
    expect(review.shortTermGoals.map((item) => [item.title, item.status])).toEqual([
      ['Goal paused', 'paused'],
      ['Goal dropped', 'abandoned'],
      ['Goal later', 'active'],
    ]);
    expect(review.longTermGoals.map((item) => item.status)).toEqual(['paused']);
    const sections = reviewSections(review, 'to');
    expect(sections.find((section) => section.id === 'short-term')?.items).toEqual([
      'Goal paused: 0% to 0% (paused)',
      'Goal dropped: 0% to 0% (abandoned)',
      'Goal later: 0% to 0% (active)',
    ]);
    expect(sections.find((section) => section.id === 'long-term')?.items).toEqual(['Goal long: 0% to 0% (paused)']);
  });

  it('counts skills gained, training completed, credentials and roles of that year only', () => {
    const review = buildYearlyReview({
      ...empty,
      skills: [
        { name: 'SQL', atStart: 3, atEnd: 4 },
        { name: 'Excel', atStart: 4, atEnd: 4 },
        { name: 'Python', atStart: null, atEnd: 2 },
      ],
      education: [
        { title: 'Course A', kind: 'course', provider: 'X', startedOn: null, completedOn: '2025-03-01', hours: 20 },
        { title: 'Course B', kind: 'course', provider: 'X', startedOn: null, completedOn: '2024-12-31', hours: 50 },
        { title: 'Course C', kind: 'workshop', provider: 'Y', startedOn: null, completedOn: '2025-12-31', hours: null },
        // 36 months of 50 hours, from 2023 to 2025: the review of 2025 takes its last 12.
        {
          title: 'Degree',
          kind: 'degree',
          provider: 'Z',
          startedOn: '2023-01-09',
          completedOn: '2025-12-19',
          hours: 1800,
        },
        // Still in progress: its hours count once it is completed.
        { title: 'MSc', kind: 'degree', provider: 'Z', startedOn: '2025-09-01', completedOn: null, hours: 300 },
      ],
      certifications: [
        { name: 'Earned', issuer: '', earnedOn: '2025-05-01', expiresOn: null },
        { name: 'Expiring', issuer: '', earnedOn: '2023-01-01', expiresOn: '2026-03-01' },
        { name: 'Lapsed', issuer: '', earnedOn: '2022-01-01', expiresOn: '2025-07-01' },
      ],
      positions: [
        { title: 'Agent', employer: 'Acme', startedOn: '2020-01-01', endedOn: '2025-04-30', howReached: 'first_role' },
        { title: 'Lead', employer: 'Acme', startedOn: '2025-05-01', endedOn: null, howReached: 'promotion' },
        {
          title: 'Intern',
          employer: 'Old',
          startedOn: '2018-01-01',
          endedOn: '2019-12-31',
          howReached: 'new_employer',
        },
      ],
    });
    expect(review.skillsGained).toEqual([
      { name: 'SQL', from: 3, to: 4 },
      { name: 'Python', from: null, to: 2 },
    ]);
    expect(review.training.hours).toBe(620);
    expect(review.training.completed.map((entry) => entry.title)).toEqual(['Course A', 'Course C', 'Degree']);
    expect(reviewSections(review).find((section) => section.id === 'training')?.lead).toBe(
      '620 hours of training, each course’s hours spread over the months it ran.',
    );
    expect(review.certificationsEarned.map((c) => c.name)).toEqual(['Earned']);
    expect(review.certificationsExpiring.map((c) => c.name)).toEqual(['Expiring']);
    expect(review.certificationsExpired.map((c) => c.name)).toEqual(['Lapsed']);
    expect(review.roles.map((role) => role.title)).toEqual(['Agent', 'Lead']);
    expect(review.promotions.map((role) => role.title)).toEqual(['Lead']);
  });

  it('reads weekly consistency, highlights and the index at the start and end of the year', () => {
    const weeks = Array.from({ length: 10 }, (_, index) => addWeeks('2025-03-03', index));
    const review = buildYearlyReview({
      ...empty,
      weeksWithUpdates: [...weeks, '2024-12-23'],
      reflections: [
        { weekStart: '2025-03-03', highlight: 'Led the ops review' },
        { weekStart: '2025-03-10', highlight: '  ' },
        { weekStart: '2024-12-23', highlight: 'Last year' },
      ],
      index: [
        { monthEnd: '2024-11-30', score: 30 },
        { monthEnd: '2024-12-31', score: 35 },
        { monthEnd: '2025-06-30', score: 50 },
        { monthEnd: '2025-12-31', score: 62 },
      ],
    });
    expect(review.consistency).toEqual({ weeksUpdated: 10, weeks: 53 });
    expect(review.highlightCandidates).toEqual(['Led the ops review']);
    expect(review.index.atStart).toBe(35);
    expect(review.index.atEnd).toBe(62);
    expect(indexSentence(review, false)).toBe(
      'From 35 at the end of 2024 to 62 at the end of 2025 (0 is a job, 100 a career).',
    );
    expect(review.index.months.map((point) => point.month)).toEqual(['2025-06', '2025-12']);
  });

  it('counts the index change of the year only from the month the user joined, as the dashboard does', () => {
    // History typed in on 3 Nov 2025 about the years before it, then a month of use.
    const index = [
      { monthEnd: '2024-12-31', score: 14 },
      { monthEnd: '2025-06-30', score: 40 },
      { monthEnd: '2025-11-30', score: 58 },
      { monthEnd: '2025-12-31', score: 61 },
    ];
    const joinedInYear = buildYearlyReview({ ...empty, index, joinedOn: '2025-11-03' });
    expect(indexSentence(joinedInYear, false)).toBe(
      '61 at the end of 2025 (0 is a job, 100 a career): +3 since you joined on 3 Nov 2025.',
    );
    const joinedInDecember = buildYearlyReview({ ...empty, index, joinedOn: '2025-12-20' });
    expect(indexSentence(joinedInDecember, true)).toBe(
      '61 now (0 is a job, 100 a career): no change yet since you joined on 20 Dec 2025; so far the index comes from the history you entered.',
    );
    const yearBeforeJoining = buildYearlyReview({ ...empty, index, joinedOn: '2026-02-01' });
    expect(indexSentence(yearBeforeJoining, false)).toBe(
      'From 14 at the end of 2024 to 61 at the end of 2025 (0 is a job, 100 a career): +47 in 2025, from the history you entered (you joined on 1 Feb 2026).',
    );
  });

  it('has one line about pay: the total at the start and end of the year and the change, per currency', () => {
    const role = { id: 'lead', startedOn: '2024-01-01', endedOn: null, howReached: 'promotion' as const };
    const salary = (effectiveOn: string, baseAmount: number) => ({
      positionId: 'lead',
      effectiveOn,
      currency: 'GBP',
      baseKind: 'salary' as const,
      baseAmount,
      hoursPerWeek: null,
      bonusTarget: null,
      bonusPaid: null,
      equityValue: null,
      equityVestingStart: null,
      equityVestingYears: null,
    });
    const review = buildYearlyReview({
      ...empty,
      year: 2025,
      pay: { positions: [role], records: [salary('2024-01-01', 40_000), salary('2025-04-01', 44_000)] },
    });
    expect(reviewSections(review, 'to').find((section) => section.id === 'pay')?.items).toEqual([
      'Total yearly compensation in GBP: £40,000.00 at the start of the year to £44,000.00 at its end (+£4,000.00)',
    ]);
    expect(reviewSections(buildYearlyReview({ ...empty, year: 2025 })).find((section) => section.id === 'pay')).toEqual(
      expect.objectContaining({ items: [], none: 'No pay recorded.' }),
    );
  });

  it('ends the current year today', () => {
    const review = buildYearlyReview({ ...empty, year: 2026, today: '2026-11-25' });
    expect(review.end).toBe('2026-11-25');
    expect(review.consistency.weeks).toBe(48);
  });

  it('does not count the weeks before the user joined as missed', () => {
    const review = buildYearlyReview({
      ...empty,
      year: 2026,
      today: '2026-11-25',
      firstCountedWeek: '2026-11-16',
      weeksWithUpdates: ['2026-11-16', '2026-11-23'],
    });
    expect(review.consistency).toEqual({ weeksUpdated: 2, weeks: 2 });
    expect(buildYearlyReview({ ...empty, year: 2025, firstCountedWeek: '2026-11-16' }).consistency).toEqual({
      weeksUpdated: 0,
      weeks: 0,
    });
    expect(
      reviewSections(buildYearlyReview({ ...empty, year: 2025, firstCountedWeek: '2026-11-16' }), 'to').at(-1)?.lead,
    ).toBe('No weeks to count: you started after this year.');
    expect(reviewSections(buildYearlyReview({ ...empty, year: 2027, today: '2026-11-25' }), 'to').at(-1)?.lead).toBe(
      'This year has not begun.',
    );
  });
});

describe('the review’s feedback and people', () => {
  it('counts the year’s praise and development areas, its recurring areas, and the people met in it', () => {
    const presenting = [{ id: 'presenting', name: 'Presenting' }];
    const review = buildYearlyReview({
      ...empty,
      feedback: [
        { receivedOn: '2024-12-31', kind: 'development', skills: presenting },
        { receivedOn: '2025-03-01', kind: 'development', skills: presenting },
        { receivedOn: '2025-09-01', kind: 'development', skills: presenting },
        { receivedOn: '2025-10-01', kind: 'praise', skills: presenting },
      ],
      interactions: [
        { personId: 'maria', occurredOn: '2025-01-01' },
        { personId: 'maria', occurredOn: '2025-06-01' },
        { personId: 'tom', occurredOn: '2025-12-31' },
        { personId: 'lena', occurredOn: '2026-01-01' },
      ],
    });
    expect(review.feedback).toEqual({
      praise: 1,
      developmentAreas: 2,
      recurringAreas: [{ name: 'Presenting', entries: 2 }],
    });
    expect(review.peopleMet).toBe(2);
    expect(review.hasRecords).toBe(true);
    const sections = reviewSections(review);
    expect(sections.find((section) => section.id === 'feedback')).toMatchObject({
      lead: '3 entries: 1 praise, 2 development areas.',
      items: ['Recurring development area: Presenting (2 entries)'],
    });
    expect(sections.find((section) => section.id === 'people')?.lead).toBe('Met with 2 people.');
  });
});

describe('the review year in a URL or a form', () => {
  it('takes four-digit years from 1970 to the current year, and says which refusals are years not begun', () => {
    expect(parseReviewYear('2026', 2026)).toEqual({ ok: true, year: 2026 });
    expect(parseReviewYear('1970', 2026)).toEqual({ ok: true, year: 1970 });
    expect(parseReviewYear('2027', 2026)).toEqual({ ok: false, problem: 'not begun', year: 2027 });
    expect(parseReviewYear('9999', 2026)).toEqual({ ok: false, problem: 'not begun', year: 9999 });
    for (const value of ['1969', '1800', '0000', '26', '20261', '2026.5', '-2026', 'next', '', undefined])
      expect(parseReviewYear(value, 2026)).toEqual({ ok: false, problem: 'not a year' });
  });

  it('lets a form save a year begun anywhere on Earth, and no later one', () => {
    // 31 December 2026 at 11:00 UTC is already 1 January 2027 at UTC+14.
    expect(latestYearBegunAnywhere(new Date('2026-12-31T11:00:00Z'))).toBe(2027);
    expect(latestYearBegunAnywhere(new Date('2026-12-31T09:59:59Z'))).toBe(2026);
    expect(reviewYearUpTo(2026).safeParse('2026').success).toBe(true);
    expect(reviewYearUpTo(2026).safeParse(2027).success).toBe(false);
  });
});
