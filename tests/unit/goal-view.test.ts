import { describe, expect, it } from 'vitest';
import { filterAndSortGoals, withProgress } from '@/lib/goals/view';
import { goalCardFacts, type GoalCardData } from '@/components/goals/goal-card-data';

const goal = (
  id: string,
  fields: Partial<
    Parameters<typeof withProgress>[0][number] & {
      category: string;
      targetDate: string | null;
      title: string;
      createdAt: Date;
    }
  > = {},
) => ({
  id,
  title: id,
  horizon: 'short' as const,
  status: 'active' as const,
  category: 'learning',
  targetKind: 'numeric' as const,
  startValue: 0,
  targetValue: 10,
  latestValue: 5,
  milestonesDone: 0,
  milestonesTotal: 0,
  parentGoalId: null as string | null,
  targetDate: null as string | null,
  createdAt: new Date('2026-01-01'),
  ...fields,
});

describe('goal list', () => {
  it('gives long-term goals the roll-up of the goals linked to them', () => {
    const [long] = withProgress([
      goal('long', { horizon: 'long', targetKind: 'done', latestValue: 0 }),
      goal('a', { parentGoalId: 'long' }),
      goal('b', { parentGoalId: 'long', latestValue: 10 }),
    ]);
    expect(long).toMatchObject({ progress: 0, rollUp: 0.75 });
  });

  it('filters by horizon, status and category together', () => {
    const goals = [
      goal('a'),
      goal('b', { horizon: 'long' }),
      goal('c', { status: 'paused' }),
      goal('d', { category: 'income' }),
    ];
    expect(
      filterAndSortGoals(goals, { horizon: 'short', status: 'active', category: 'learning', sort: 'target-asc' }).map(
        (g) => g.id,
      ),
    ).toEqual(['a']);
  });

  it('sorts by target date with undated goals last, either way', () => {
    const goals = [
      goal('none'),
      goal('late', { targetDate: '2027-06-01' }),
      goal('soon', { targetDate: '2026-12-01' }),
    ];
    expect(filterAndSortGoals([...goals], { sort: 'target-asc' }).map((g) => g.id)).toEqual(['soon', 'late', 'none']);
    expect(filterAndSortGoals([...goals], { sort: 'target-desc' }).map((g) => g.id)).toEqual(['late', 'soon', 'none']);
  });
});

describe('a goal card’s facts', () => {
  it('are written on the server in the user’s locale, and carry nothing else of the goal row', () => {
    const row = {
      ...goalCardFields,
      userId: 'another-column',
      purpose: 'A private note kept on the goal page',
      parentGoalId: null,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    };
    expect(goalCardFacts(row, 'de-DE')).toEqual({
      id: 'goal-1',
      title: 'Save a cushion',
      horizon: 'long',
      category: 'income',
      status: 'active',
      progress: 0.5,
      progressText: '5.000 of 10.000 €',
      percentText: '50\u00a0%', // German writes a no-break space before the sign
      rollUpText: null,
      targetText: '6 Dec 2027',
    });
  });
});

const goalCardFields = {
  id: 'goal-1',
  title: 'Save a cushion',
  horizon: 'long',
  category: 'income',
  status: 'active',
  targetKind: 'numeric',
  startValue: 0,
  targetDate: '2027-12-06',
  progress: 0.5,
  latestValue: 5000,
  targetValue: 10000,
  unit: '€',
  milestonesDone: 0,
  milestonesTotal: 0,
  rollUp: null,
} satisfies GoalCardData;
