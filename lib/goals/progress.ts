// How far a goal has come, from 0 (not started) to 1 (target reached).
import type { GoalStatus, GoalTargetKind } from '@/lib/goals/vocabulary';

export type ProgressFacts = {
  targetKind: GoalTargetKind;
  status: GoalStatus;
  startValue: number | null;
  targetValue: number | null;
  /** Latest weekly value (numeric: the value; done: 1 or 0); null before the first update. */
  latestValue: number | null;
  milestonesDone: number;
  milestonesTotal: number;
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));

export function goalProgress(goal: ProgressFacts): number {
  if (goal.status === 'achieved') return 1;
  switch (goal.targetKind) {
    case 'numeric':
      return numericProgress(goal.startValue ?? 0, goal.targetValue ?? 0, goal.latestValue);
    case 'milestones':
      return goal.milestonesTotal === 0 ? 0 : goal.milestonesDone / goal.milestonesTotal;
    case 'done':
      return goal.latestValue === 1 ? 1 : 0;
  }
}

/** Works for targets above or below the start (saving up, or bringing a number down). */
export function numericProgress(start: number, target: number, latest: number | null): number {
  if (latest === null) return 0;
  if (target === start) return latest === target ? 1 : 0;
  return clamp((latest - start) / (target - start));
}

/**
 * A long-term goal's roll-up: the mean progress of the short-term goals that
 * serve it, leaving out abandoned ones. Null when none count.
 */
export function rollUpProgress(children: { status: GoalStatus; progress: number }[]): number | null {
  const counted = children.filter((child) => child.status !== 'abandoned');
  if (counted.length === 0) return null;
  return counted.reduce((sum, child) => sum + child.progress, 0) / counted.length;
}
