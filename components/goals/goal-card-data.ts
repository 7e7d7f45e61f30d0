// What a goal card shows, apart from the card (components/goals/goal-card.tsx, a client component): server
// pages use these too.
import { categoryLabels, type GoalStatus } from '@/lib/goals/vocabulary';
import { formatNumber, withUnit } from '@/lib/format';

export type GoalCardData = {
  id: string;
  title: string;
  horizon: 'short' | 'long';
  category: keyof typeof categoryLabels;
  status: GoalStatus;
  targetKind: 'numeric' | 'milestones' | 'done';
  startValue: number | null;
  targetDate: string | null;
  progress: number;
  latestValue: number | null;
  targetValue: number | null;
  unit: string | null;
  milestonesDone: number;
  milestonesTotal: number;
  rollUp: number | null;
};

export type GoalCardProps = {
  goal: GoalCardData;
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
  outlook?: string[];
  headingLevel?: 2 | 3 | 4;
  contextNote?: string;
};

/** Only the fields the card shows: a goal row passed whole would send all of its columns to the browser. */
export function goalCardData(goal: GoalCardData): GoalCardData {
  return {
    id: goal.id,
    title: goal.title,
    horizon: goal.horizon,
    category: goal.category,
    status: goal.status,
    targetKind: goal.targetKind,
    startValue: goal.startValue,
    targetDate: goal.targetDate,
    progress: goal.progress,
    latestValue: goal.latestValue,
    targetValue: goal.targetValue,
    unit: goal.unit,
    milestonesDone: goal.milestonesDone,
    milestonesTotal: goal.milestonesTotal,
    rollUp: goal.rollUp,
  };
}

export const statusTone = { active: 'brand', paused: 'warning', achieved: 'success', abandoned: 'muted' } as const;

/** "1,480 of 2,000 €" in the user's `locale`, as every number of the app is written. */
export function progressText(goal: GoalCardData, locale: string): string {
  if (goal.targetKind === 'numeric') {
    const target = withUnit(goal.targetValue ?? 0, goal.unit, locale);
    if (goal.latestValue === null) return `${formatNumber(goal.startValue ?? 0, locale)} of ${target}, no update yet`;
    return `${formatNumber(goal.latestValue, locale)} of ${target}`;
  }
  if (goal.targetKind === 'milestones') return `${goal.milestonesDone} of ${goal.milestonesTotal} milestones`;
  return goal.progress === 1 ? 'Done' : 'Not done yet';
}
