// Turns stored goals into what the goal screens show: progress and roll-ups.
import { goalProgress, rollUpProgress } from '@/lib/goals/progress';
import type { GoalFilters } from '@/lib/goals/schema';
import type { GoalStatus, GoalTargetKind } from '@/lib/goals/vocabulary';

type GoalFacts = {
  id: string;
  horizon: 'short' | 'long';
  status: GoalStatus;
  targetKind: GoalTargetKind;
  startValue: number | null;
  targetValue: number | null;
  latestValue: number | null;
  milestonesDone: number;
  milestonesTotal: number;
  parentGoalId: string | null;
};

/** Adds `progress` to each goal and, to long-term goals, the roll-up of the goals linked to them in `all`. */
export function withProgress<T extends GoalFacts>(goals: T[], all: GoalFacts[] = goals) {
  const progressOf = (goal: GoalFacts) => goalProgress(goal);
  return goals.map((goal) => ({
    ...goal,
    progress: progressOf(goal),
    rollUp:
      goal.horizon === 'long'
        ? rollUpProgress(
            all
              .filter((child) => child.parentGoalId === goal.id)
              .map((child) => ({ status: child.status, progress: progressOf(child) })),
          )
        : null,
  }));
}

type Filterable = {
  horizon: string;
  status: string;
  category: string;
  targetDate: string | null;
  title: string;
  createdAt: Date;
};

/** The goal list's filters and order: by target date (undated last), or newest first. */
export function filterAndSortGoals<T extends Filterable>(goals: T[], filters: GoalFilters): T[] {
  const kept = goals.filter(
    (goal) =>
      (!filters.horizon || goal.horizon === filters.horizon) &&
      (!filters.status || goal.status === filters.status) &&
      (!filters.category || goal.category === filters.category),
  );
  if (filters.sort === 'recent') return kept.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const direction = filters.sort === 'target-desc' ? -1 : 1;
  return kept.sort((a, b) => {
    if (a.targetDate === b.targetDate) return a.title.localeCompare(b.title);
    if (a.targetDate === null) return 1;
    if (b.targetDate === null) return -1;
    return a.targetDate < b.targetDate ? -direction : direction;
  });
}
