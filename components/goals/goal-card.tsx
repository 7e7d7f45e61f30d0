import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { categoryLabels, horizonLabels, statusLabels, type GoalStatus } from '@/lib/goals/vocabulary';
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

const headings = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/**
 * `headingLevel` follows the page's outline: 2 in a list under the page title, 3 under a section heading, 4
 * nested under a long-term goal. `contextNote` marks a goal shown only as the context of others (dashed border).
 */
export function GoalCard({
  goal,
  locale,
  outlook = [],
  headingLevel = 2,
  contextNote,
}: {
  goal: GoalCardData;
  /** The user's number locale (lib/server/number-locale.ts). */
  locale: string;
  outlook?: string[];
  headingLevel?: 2 | 3 | 4;
  contextNote?: string;
}) {
  const Heading = headings[headingLevel];
  return (
    <Card as="article" compact className={contextNote ? 'border-dashed' : ''}>
      {contextNote && <p className="mb-2 text-sm text-slate-600 italic dark:text-slate-400">{contextNote}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={goal.horizon === 'long' ? 'brand' : 'neutral'}>{horizonLabels[goal.horizon]}</Badge>
        <Badge>{categoryLabels[goal.category]}</Badge>
        {goal.status !== 'active' && <Badge tone={statusTone[goal.status]}>{statusLabels[goal.status]}</Badge>}
      </div>
      <Heading className="mt-2 text-lg font-semibold">
        <Link href={`/goals/${goal.id}`} className="hover:underline">
          {goal.title}
        </Link>
      </Heading>
      <div className="mt-3 space-y-1">
        <div className="flex justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span>{progressText(goal, locale)}</span>
          <span>{percent(goal.progress, locale)}</span>
        </div>
        <ProgressBar value={goal.progress} label={`Progress of ${goal.title}`} locale={locale} />
      </div>
      {goal.rollUp !== null && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Linked short-term goals: {percent(goal.rollUp, locale)} on average
        </p>
      )}
      {goal.targetDate && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Target: {dateLabel(goal.targetDate)}</p>
      )}
      {outlook.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-sm font-medium text-slate-800 dark:text-slate-200">
          {outlook.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
