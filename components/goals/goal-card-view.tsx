'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { categoryLabels, horizonLabels, statusLabels } from '@/lib/goals/vocabulary';
import { statusTone, type GoalCardViewProps } from './goal-card-data';

const headings = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** The card of components/goals/goal-card.tsx, drawn from the goal's facts alone. */
export function GoalCardView({ goal, outlook = [], headingLevel = 2, contextNote }: GoalCardViewProps) {
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
        <InAppLink href={`/goals/${goal.id}`} className="hover:underline">
          {goal.title}
        </InAppLink>
      </Heading>
      {/* Each text one string, and no wrapper of their own: a list holds a card for every goal, and every
          element and text node is work to render and to hydrate (docs/performance.md, item 64). */}
      <p className="mt-3 mb-1 flex justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
        {goal.progressText}
        <span>{goal.percentText}</span>
      </p>
      <ProgressBar value={goal.progress} label={`Progress of ${goal.title}`} valueText={goal.percentText} />
      {goal.rollUpText !== null && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {`Linked short-term goals: ${goal.rollUpText} on average`}
        </p>
      )}
      {goal.targetText !== null && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{`Target: ${goal.targetText}`}</p>
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
