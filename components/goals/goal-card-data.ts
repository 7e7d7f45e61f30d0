// What a goal card shows, apart from its drawing (components/goals/goal-card-view.tsx, a client component):
// server pages use these too.
import { categoryLabels, type GoalStatus } from '@/lib/goals/vocabulary';
import { formatNumber, percent, withUnit } from '@/lib/format';
import { dateLabel } from '@/lib/dates/calendar';

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

/**
 * What the card shows, every number and date already written: the browser's Intl may lack the user's number
 * locale or write a month otherwise ("Sep" for "Sept"), and the card must hydrate as the server drew it. Only
 * these fields reach the browser, never the whole goal row.
 */
export type GoalCardFacts = Pick<GoalCardData, 'id' | 'title' | 'horizon' | 'category' | 'status' | 'progress'> & {
  progressText: string;
  percentText: string;
  rollUpText: string | null;
  targetText: string | null;
};

export type GoalCardViewProps = Omit<GoalCardProps, 'goal' | 'locale'> & { goal: GoalCardFacts };

export function goalCardFacts(goal: GoalCardData, locale: string): GoalCardFacts {
  return {
    id: goal.id,
    title: goal.title,
    horizon: goal.horizon,
    category: goal.category,
    status: goal.status,
    progress: goal.progress,
    progressText: progressText(goal, locale),
    percentText: percent(goal.progress, locale),
    rollUpText: goal.rollUp === null ? null : percent(goal.rollUp, locale),
    targetText: goal.targetDate === null ? null : dateLabel(goal.targetDate),
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
