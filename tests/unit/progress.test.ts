import { describe, expect, it } from 'vitest';
import { goalProgress, numericProgress, rollUpProgress, type ProgressFacts } from '@/lib/goals/progress';

const base: ProgressFacts = {
  targetKind: 'numeric',
  status: 'active',
  startValue: 0,
  targetValue: 4,
  latestValue: null,
  milestonesDone: 0,
  milestonesTotal: 0,
};

describe('goal progress', () => {
  it('is the share of the way from start to target', () => {
    expect(goalProgress({ ...base, latestValue: 1 })).toBe(0.25);
    expect(goalProgress({ ...base, latestValue: 4 })).toBe(1);
  });

  it('is zero before the first update and never leaves 0–100%', () => {
    expect(goalProgress(base)).toBe(0);
    expect(goalProgress({ ...base, latestValue: 9 })).toBe(1);
    expect(goalProgress({ ...base, latestValue: -3 })).toBe(0);
  });

  it('handles a target below the start', () => {
    expect(numericProgress(80, 70, 75)).toBe(0.5);
    expect(numericProgress(80, 70, 82)).toBe(0);
  });

  it('handles a target equal to the start', () => {
    expect(numericProgress(5, 5, 5)).toBe(1);
    expect(numericProgress(5, 5, 4)).toBe(0);
  });

  it('counts ticked milestones', () => {
    expect(goalProgress({ ...base, targetKind: 'milestones', milestonesDone: 2, milestonesTotal: 3 })).toBeCloseTo(
      2 / 3,
    );
    expect(goalProgress({ ...base, targetKind: 'milestones', milestonesDone: 0, milestonesTotal: 0 })).toBe(0);
  });

  it('is all or nothing for a done / not done goal', () => {
    expect(goalProgress({ ...base, targetKind: 'done', latestValue: 0 })).toBe(0);
    expect(goalProgress({ ...base, targetKind: 'done', latestValue: 1 })).toBe(1);
  });

  it('is complete once the goal is marked achieved, whatever the last value', () => {
    expect(goalProgress({ ...base, status: 'achieved', latestValue: 2 })).toBe(1);
  });
});

describe('long-term roll-up', () => {
  it('averages the linked short-term goals, leaving out abandoned ones', () => {
    expect(
      rollUpProgress([
        { status: 'active', progress: 0.5 },
        { status: 'achieved', progress: 1 },
        { status: 'abandoned', progress: 0 },
      ]),
    ).toBe(0.75);
  });

  it('has no roll-up without linked goals that count', () => {
    expect(rollUpProgress([])).toBeNull();
    expect(rollUpProgress([{ status: 'abandoned', progress: 0.2 }])).toBeNull();
  });
});
