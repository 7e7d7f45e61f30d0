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

// Goals still being worked on lead; achieved and abandoned ones are record, read after.
const statusRank: Record<string, number> = { active: 0, paused: 1, achieved: 2, abandoned: 3 };

/** Whether a goal passes the goal list's horizon, status and category filters. */
export function matchesGoalFilters(goal: Filterable, filters: GoalFilters): boolean {
  return (
    (!filters.horizon || goal.horizon === filters.horizon) &&
    (!filters.status || goal.status === filters.status) &&
    (!filters.category || goal.category === filters.category)
  );
}

/** The goal list's order: active goals first, then by target date (undated last) or newest first. */
export function sortGoals<T extends Filterable>(goals: T[], sort: GoalFilters['sort']): T[] {
  const direction = sort === 'target-desc' ? -1 : 1;
  const byChosenOrder = (a: T, b: T) => {
    if (sort === 'recent') return b.createdAt.getTime() - a.createdAt.getTime();
    if (a.targetDate === b.targetDate) return a.title.localeCompare(b.title);
    if (a.targetDate === null) return 1;
    if (b.targetDate === null) return -1;
    return a.targetDate < b.targetDate ? -direction : direction;
  };
  return [...goals].sort((a, b) => (statusRank[a.status] ?? 0) - (statusRank[b.status] ?? 0) || byChosenOrder(a, b));
}

/** The goal list's filters and order (see `sortGoals`). */
export function filterAndSortGoals<T extends Filterable>(goals: T[], filters: GoalFilters): T[] {
  return sortGoals(
    goals.filter((goal) => matchesGoalFilters(goal, filters)),
    filters.sort,
  );
}
