// The goal list as the product thinks of it: each long-term goal with the short-term goals that serve it.
import type { GoalFilters } from '@/lib/goals/schema';
import { matchesGoalFilters, sortGoals } from '@/lib/goals/view';

type TreeGoal = {
  id: string;
  horizon: string;
  status: string;
  category: string;
  targetDate: string | null;
  title: string;
  createdAt: Date;
  parentGoalId: string | null;
};

export type GoalBranch<T> = {
  goal: T;
  /**
   * False when the long-term goal itself is outside the filters and is shown only because a short-term goal
   * serving it matches: the child keeps its context.
   */
  matches: boolean;
  children: T[];
};

export type GoalTree<T> = {
  branches: GoalBranch<T>[];
  /** Short-term goals that serve no long-term goal, in their own group. */
  unlinked: T[];
  /** How many goals pass the filters (context-only long-term goals are not counted). */
  matchCount: number;
};

/**
 * Groups goals into long-term branches with their matching short-term goals nested, keeping a long-term goal
 * that fails the filters when one of its short-term goals passes. Each level follows `sortGoals` (active first).
 */
export function buildGoalTree<T extends TreeGoal>(goals: T[], filters: GoalFilters): GoalTree<T> {
  const longTermIds = new Set(goals.filter((goal) => goal.horizon === 'long').map((goal) => goal.id));
  const servesLongTerm = (goal: T) =>
    goal.horizon === 'short' && goal.parentGoalId !== null && longTermIds.has(goal.parentGoalId);
  const matching = goals.filter((goal) => matchesGoalFilters(goal, filters));
  const matchingIds = new Set(matching.map((goal) => goal.id));

  const childrenOf = new Map<string, T[]>();
  for (const child of matching.filter(servesLongTerm)) {
    const parentId = child.parentGoalId ?? '';
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), child]);
  }

  const shownLongTerm = goals.filter(
    (goal) => goal.horizon === 'long' && (matchingIds.has(goal.id) || childrenOf.has(goal.id)),
  );
  const branches = sortGoals(shownLongTerm, filters.sort).map((goal) => ({
    goal,
    matches: matchingIds.has(goal.id),
    children: sortGoals(childrenOf.get(goal.id) ?? [], filters.sort),
  }));
  const unlinked = sortGoals(
    matching.filter((goal) => goal.horizon === 'short' && !servesLongTerm(goal)),
    filters.sort,
  );
  return { branches, unlinked, matchCount: matching.length };
}

/** The same tree with each goal replaced by what `draw` makes of it (a card's facts, say). */
export function mapGoalTree<T, U>(tree: GoalTree<T>, draw: (goal: T) => U): GoalTree<U> {
  return {
    branches: tree.branches.map(({ goal, matches, children }) => ({
      goal: draw(goal),
      matches,
      children: children.map(draw),
    })),
    unlinked: tree.unlinked.map(draw),
    matchCount: tree.matchCount,
  };
}
