import { describe, expect, it } from 'vitest';
import { forecastGoal } from '@/lib/goals/forecast';
import { addWeeks } from '@/lib/dates/calendar';

const weekly = (values: number[], from = '2026-01-05') =>
  values.map((value, index) => ({ weekStart: addWeeks(from, index), value }));

describe('on-track forecast', () => {
  it('projects a steady trend to the week it reaches the target', () => {
    const forecast = forecastGoal(weekly([0, 1, 2, 3, 4]), 0, 10, '2026-04-30');
    // One a week from 5 Jan: 10 is reached ten weeks in, on 16 March.
    expect(forecast).toEqual({ kind: 'projected', reachesOn: '2026-03-16', onTrack: true, behindByWeeks: 0 });
  });

  it('says by how many weeks a slow goal is behind', () => {
    const forecast = forecastGoal(weekly([0, 1, 2, 3, 4]), 0, 10, '2026-03-02');
    expect(forecast).toMatchObject({ kind: 'projected', onTrack: false, behindByWeeks: 2 });
  });

  it('recognises a stalled goal', () => {
    expect(forecastGoal(weekly([3, 3, 3, 3]), 0, 10, '2026-06-01')).toEqual({ kind: 'stalled' });
    expect(forecastGoal(weekly([5, 4, 3]), 0, 10, '2026-06-01')).toEqual({ kind: 'stalled' });
  });

  it('works for a target below the start', () => {
    const forecast = forecastGoal(weekly([90, 88, 86, 84]), 90, 80, '2026-12-31');
    expect(forecast).toMatchObject({ kind: 'projected', reachesOn: '2026-02-09', onTrack: true });
  });

  it('needs at least three weekly values', () => {
    expect(forecastGoal(weekly([1, 2]), 0, 10, '2026-06-01')).toEqual({ kind: 'not-enough-data', pointsNeeded: 1 });
    expect(forecastGoal([], 0, 10, null)).toEqual({ kind: 'not-enough-data', pointsNeeded: 3 });
  });

  it('is done once the target is reached', () => {
    expect(forecastGoal(weekly([8, 10]), 0, 10, '2026-06-01')).toEqual({ kind: 'reached' });
  });
});

describe('confidence trend and due dates', async () => {
  const { confidenceTrend, dueState } = await import('@/lib/trajectory/dashboard');
  it('compares the last four confidences with the four before', () => {
    expect(confidenceTrend([2, 2, 2, 2, 3, 3, 4, 4])).toBe('rising');
    expect(confidenceTrend([4, 4, 4, 4, 3, 3, 3, 3])).toBe('falling');
    expect(confidenceTrend([3, 3, 3, 3, 3, 3, 3, 4])).toBe('steady');
    expect(confidenceTrend([1, 5, 5])).toBeNull();
  });
  it('is overdue after the target date and due soon within 30 days', () => {
    expect(dueState('2026-11-24', '2026-11-25')).toBe('overdue');
    expect(dueState('2026-12-25', '2026-11-25')).toBe('due-soon');
    expect(dueState('2026-12-26', '2026-11-25')).toBeNull();
    expect(dueState(null, '2026-11-25')).toBeNull();
  });
});
