import { describe, expect, it } from 'vitest';
import { buildGoalTree, mapGoalTree } from '@/lib/goals/tree';
import { sortGoals } from '@/lib/goals/view';

const goal = (
  id: string,
  fields: Partial<{
    horizon: 'short' | 'long';
    status: 'active' | 'paused' | 'achieved' | 'abandoned';
    category: string;
    targetDate: string | null;
    parentGoalId: string | null;
    createdAt: Date;
  }> = {},
) => ({
  id,
  title: id,
  horizon: 'short' as 'short' | 'long',
  status: 'active' as 'active' | 'paused' | 'achieved' | 'abandoned',
  category: 'learning',
  targetDate: null as string | null,
  parentGoalId: null as string | null,
  createdAt: new Date('2026-01-01'),
  ...fields,
});

const ids = (goals: { id: string }[]) => goals.map((g) => g.id);

describe('goal order', () => {
  it('puts active goals first, then paused, then achieved and abandoned, whatever the chosen order', () => {
    const goals = [
      goal('old-win', { status: 'achieved', targetDate: '2025-01-01' }),
      goal('dropped', { status: 'abandoned', targetDate: '2024-01-01' }),
      goal('later', { targetDate: '2027-01-01' }),
      goal('resting', { status: 'paused', targetDate: '2026-01-01' }),
      goal('sooner', { targetDate: '2026-12-01' }),
    ];
    expect(ids(sortGoals(goals, 'target-asc'))).toEqual(['sooner', 'later', 'resting', 'old-win', 'dropped']);
    expect(ids(sortGoals(goals, 'target-desc'))).toEqual(['later', 'sooner', 'resting', 'old-win', 'dropped']);
  });

  it('orders newest first within a status when asked', () => {
    const goals = [
      goal('old', { createdAt: new Date('2025-01-01') }),
      goal('done-new', { status: 'achieved', createdAt: new Date('2026-06-01') }),
      goal('new', { createdAt: new Date('2026-05-01') }),
    ];
    expect(ids(sortGoals(goals, 'recent'))).toEqual(['new', 'old', 'done-new']);
  });
});

describe('goal tree', () => {
  const goals = [
    goal('analyst', { horizon: 'long', category: 'advancement' }),
    goal('sql', { parentGoalId: 'analyst', category: 'learning', targetDate: '2026-12-01' }),
    goal('mentor', { parentGoalId: 'analyst', category: 'network', status: 'achieved' }),
    goal('lead', { horizon: 'long', category: 'advancement', status: 'achieved' }),
    goal('fund', { category: 'income' }),
  ];

  it('nests short-term goals under the long-term goal they serve and groups the unlinked ones apart', () => {
    const tree = buildGoalTree(goals, { sort: 'target-asc' });
    expect(tree.branches.map((branch) => [branch.goal.id, ids(branch.children), branch.matches])).toEqual([
      ['analyst', ['sql', 'mentor'], true],
      ['lead', [], true],
    ]);
    expect(ids(tree.unlinked)).toEqual(['fund']);
    expect(tree.matchCount).toBe(5);
  });

  it('draws every goal of a tree in its place, keeping which are context and how many match', () => {
    const tree = buildGoalTree(goals, { category: 'learning', sort: 'target-asc' });
    const drawn = mapGoalTree(tree, (one) => `card of ${one.id}`);
    expect(drawn.branches).toEqual([{ goal: 'card of analyst', matches: false, children: ['card of sql'] }]);
    expect(drawn.unlinked).toEqual([]);
    expect(drawn.matchCount).toBe(1);
    const all = mapGoalTree(buildGoalTree(goals, { sort: 'target-asc' }), (one) => one.title.toUpperCase());
    expect(all.unlinked).toEqual(['FUND']);
    expect(all.branches.map((branch) => [branch.goal, branch.children])).toEqual([
      ['ANALYST', ['SQL', 'MENTOR']],
      ['LEAD', []],
    ]);
  });

  it('keeps a filtered-out long-term goal as the context of a short-term goal that matches', () => {
    const tree = buildGoalTree(goals, { category: 'learning', sort: 'target-asc' });
    expect(tree.branches.map((branch) => [branch.goal.id, ids(branch.children), branch.matches])).toEqual([
      ['analyst', ['sql'], false],
    ]);
    expect(tree.unlinked).toEqual([]);
    expect(tree.matchCount).toBe(1);
  });

  it('shows long-term goals alone when only they match', () => {
    const tree = buildGoalTree(goals, { horizon: 'long', sort: 'target-asc' });
    expect(tree.branches.map((branch) => [branch.goal.id, ids(branch.children)])).toEqual([
      ['analyst', []],
      ['lead', []],
    ]);
    expect(tree.matchCount).toBe(2);
  });

  it('treats a short-term goal whose long-term goal is missing as unlinked', () => {
    const tree = buildGoalTree([goal('stray', { parentGoalId: 'gone' })], { sort: 'target-asc' });
    expect(tree.branches).toEqual([]);
    expect(ids(tree.unlinked)).toEqual(['stray']);
  });
});
