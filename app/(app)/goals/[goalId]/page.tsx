import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { notFound } from 'next/navigation';
import { LinkedAchievements } from '@/components/achievements/linked-achievements';
import { GoalHistoryChart } from '@/components/charts/lazy-charts';
import { GoalCard } from '@/components/goals/goal-card';
import { progressText, statusTone } from '@/components/goals/goal-card-data';
import { GoalStatusActions } from '@/components/goals/goal-status-actions';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { DataTable } from '@/components/ui/data-table';
import { FlashToast } from '@/components/ui/flash-toast';
import { ProgressBar } from '@/components/ui/progress-bar';
import { listAchievementsForGoal } from '@/db/queries/achievements/achievements';
import { findGoal, findGoalSummary, listGoalUpdates, listLinkedGoals, listMilestones } from '@/db/queries/goals/goals';
import { listPeopleForGoal } from '@/db/queries/people/people';
import { GoalPeople } from '@/components/people/goal-people';
import { requireUserId } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { withProgress } from '@/lib/goals/view';
import { categoryLabels, horizonLabels, statusLabels } from '@/lib/goals/vocabulary';
import { isUuid } from '@/lib/ids';
import { formatNumber, labelWithUnit, percent, withUnit } from '@/lib/format';
import { dateLabel, weekLabel } from '@/lib/dates/calendar';
import { changeGoalStatusAction, deleteGoalAction } from '../actions';

export const metadata: Metadata = { title: 'Goal' };

const savedMessages: Record<string, string> = { created: 'Goal created.', updated: 'Goal saved.' };

type Props = { params: Promise<{ goalId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function GoalPage({ params, searchParams }: Props) {
  const userId = await requireUserId();
  const { goalId } = await params;
  const { saved } = await searchParams;
  const summary = isUuid(goalId) ? await findGoalSummary(userId, goalId) : undefined;
  if (!summary) notFound();

  const [updates, milestones, linked, parent, achievements, people, locale] = await Promise.all([
    listGoalUpdates(userId, summary.id),
    listMilestones(userId, summary.id),
    summary.horizon === 'long' ? listLinkedGoals(userId, summary.id) : Promise.resolve([]),
    summary.parentGoalId ? findGoal(userId, summary.parentGoalId) : Promise.resolve(undefined),
    listAchievementsForGoal(userId, summary.id),
    summary.category === 'network' ? listPeopleForGoal(userId, summary.id) : Promise.resolve(null),
    requestNumberLocale(),
  ]);
  const linkedWithProgress = withProgress(linked);
  const [goal] = withProgress([summary], [summary, ...linked]);
  if (!goal) notFound();

  const unit = goal.unit ?? '';
  const points = updates
    .filter((update): update is typeof update & { value: number } => update.value !== null)
    .map((update) => ({ weekStart: update.weekStart, label: dateLabel(update.weekStart), value: update.value }));
  const valueHeading =
    goal.targetKind === 'milestones'
      ? 'Milestones done'
      : goal.targetKind === 'done'
        ? 'Done'
        : labelWithUnit('Value', unit);
  const chartSummary =
    points.length === 0
      ? 'No weekly values yet.'
      : `Weekly values from ${weekLabel(points[0]?.weekStart ?? '')} to ${weekLabel(points.at(-1)?.weekStart ?? '')}, latest ${withUnit(points.at(-1)?.value ?? 0, unit, locale)}.`;

  return (
    <article className="space-y-8">
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <header className="space-y-3">
        <Breadcrumb trail={[{ href: '/goals', label: 'Goals' }]} />
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={goal.horizon === 'long' ? 'brand' : 'neutral'}>{horizonLabels[goal.horizon]}</Badge>
          <Badge>{categoryLabels[goal.category]}</Badge>
          <Badge tone={statusTone[goal.status]}>
            {statusLabels[goal.status]}
            {goal.status !== 'active' ? ` since ${dateLabel(goal.statusChangedOn)}` : ''}
          </Badge>
        </div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{goal.title}</h1>
        {goal.purpose && <p className="max-w-prose text-slate-700 dark:text-slate-300">{goal.purpose}</p>}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Started {dateLabel(goal.startDate)}
          {goal.targetDate ? ` · target ${dateLabel(goal.targetDate)}` : ''}
        </p>
        {parent && (
          <p className="text-sm">
            Serves{' '}
            <InAppLink
              href={`/goals/${parent.id}`}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              {parent.title}
            </InAppLink>
          </p>
        )}
      </header>

      <CardSection id="progress" title="Progress">
        <div className="flex justify-between text-sm">
          <span>{progressText(goal, locale)}</span>
          <span className="font-semibold">{percent(goal.progress, locale)}</span>
        </div>
        <ProgressBar
          value={goal.progress}
          label={`Progress of ${goal.title}`}
          valueText={percent(goal.progress, locale)}
        />
        {goal.rollUp !== null && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Linked short-term goals: {percent(goal.rollUp, locale)} on average.
          </p>
        )}
        {milestones.length > 0 && (
          <ul className="space-y-1">
            {milestones.map((milestone) => (
              <li key={milestone.id} className="flex items-center gap-2 text-sm">
                <span aria-hidden="true">{milestone.completedWeek ? '☑' : '☐'}</span>
                <span className={milestone.completedWeek ? 'line-through' : ''}>{milestone.title}</span>
                <span className="sr-only">{milestone.completedWeek ? '(done)' : '(open)'}</span>
                {milestone.completedWeek && (
                  <span className="text-slate-600 dark:text-slate-400">· {dateLabel(milestone.completedWeek)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap gap-2 pt-2">
          <GoalStatusActions goalId={goal.id} status={goal.status} action={changeGoalStatusAction} />
          <InAppLink href={`/goals/${goal.id}/edit`} className={buttonClasses('secondary')}>
            Edit
          </InAppLink>
          <ConfirmDialog
            triggerLabel="Delete"
            title="Delete this goal?"
            body="Its weekly history and milestones are deleted too. Linked short-term goals are kept and unlinked. This cannot be undone."
            confirmLabel="Delete goal"
            hiddenFields={{ goalId: goal.id }}
            action={deleteGoalAction}
          />
        </div>
      </CardSection>

      {people && <GoalPeople people={people} />}

      {goal.horizon === 'long' && (
        <section aria-labelledby="linked-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="linked-heading" className="text-lg font-semibold">
              Short-term goals serving it
            </h2>
            <InAppLink href={`/goals/new?parent=${goal.id}`} className={buttonClasses('secondary')}>
              Add a short-term goal
            </InAppLink>
          </div>
          {linkedWithProgress.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">
              None yet. A long-term goal moves when short-term goals move it.
            </p>
          ) : (
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {linkedWithProgress.map((child) => (
                <li key={child.id}>
                  <GoalCard goal={child} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <LinkedAchievements
        subject="this goal"
        achievements={achievements}
        addHref={`/achievements/new?goal=${goal.id}`}
        locale={locale}
      />

      <CardSection id="history" title="Weekly history">
        {updates.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            No updates yet.{' '}
            <InAppLink href="/weekly" className="font-semibold text-brand-700 underline dark:text-brand-300">
              Do this week’s update
            </InAppLink>
            .
          </p>
        ) : (
          <>
            {points.length > 1 && (
              <GoalHistoryChart
                points={points}
                target={goal.targetValue}
                unit={unit}
                summary={chartSummary}
                locale={locale}
              />
            )}
            <DataTable
              caption={`Weekly updates of ${goal.title}, newest first`}
              scrollLabel="Weekly history table"
              columns={['Week', valueHeading, 'Confidence', 'Note']}
              rows={[...updates].reverse().map((update) => ({
                key: update.weekStart,
                header: weekLabel(update.weekStart),
                cells: [
                  update.value === null
                    ? '—'
                    : goal.targetKind === 'done'
                      ? update.value === 1
                        ? 'Yes'
                        : 'No'
                      : formatNumber(update.value, locale),
                  `${update.confidence} / 5`,
                  update.note,
                ],
              }))}
            />
          </>
        )}
      </CardSection>
    </article>
  );
}
