import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { HighlightToAchievement } from '@/components/achievements/highlight-to-achievement';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import type { WeekGoal } from '@/db/queries/weekly/updates';
import { loadWeeklyView } from '@/db/loaders/record-views';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { horizonLabels } from '@/lib/goals/vocabulary';
import { withUnit } from '@/lib/format';
import { requestedWeekProblem } from '@/lib/weekly/status';
import { checkInStart } from '@/lib/weekly/check-in';
import { addWeeks, currentWeekStart, updateStreak, weekLabel } from '@/lib/dates/calendar';
import { achievementFromHighlightAction } from '../achievements/actions';
import { WeeklyForm, type WeeklyGoalRow } from './weekly-form';

export const metadata: Metadata = { title: 'Weekly update' };

function toRow(goal: WeekGoal, locale: string): WeeklyGoalRow {
  const unit = goal.unit ?? '';
  const start = checkInStart(goal);
  const describe = (value: number | null) =>
    value === null
      ? ''
      : goal.targetKind === 'done'
        ? value === 1
          ? 'done'
          : 'not done'
        : goal.targetKind === 'milestones'
          ? `${value} done`
          : withUnit(value, unit, locale);
  return {
    id: goal.id,
    title: goal.title,
    horizonLabel: horizonLabels[goal.horizon],
    targetKind: goal.targetKind,
    unit,
    targetText:
      goal.targetKind === 'numeric'
        ? `Target ${withUnit(goal.targetValue ?? 0, unit, locale)}`
        : goal.targetKind === 'milestones'
          ? `${goal.milestones.length} milestones`
          : 'Done or not',
    lastText: goal.previous ? `${describe(goal.previous.value)} (${weekLabel(goal.previous.weekStart)})` : null,
    value: start.value,
    done: start.done,
    confidence: start.confidence,
    note: start.note,
    milestones: goal.milestones.map((milestone) => ({
      id: milestone.id,
      title: milestone.title,
      done: milestone.doneByThisWeek,
    })),
  };
}

export default async function WeeklyUpdatePage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const { user, history } = await requireUserWithHistory();
  const { week: requested } = await searchParams;
  const currentWeek = currentWeekStart(new Date(), user.timeZone, user.weekStartsOn);
  const requestProblem = requestedWeekProblem(requested, currentWeek, user.weekStartsOn);
  const weekStart = requested !== undefined && requestProblem === null ? requested : currentWeek;

  const [{ goals, reflection, weeks }, locale] = await Promise.all([
    loadWeeklyView(history, weekStart),
    requestNumberLocale(),
  ]);
  const streak = updateStreak(weeks, currentWeek);
  const saved = weeks.includes(weekStart);
  const previousWeek = addWeeks(weekStart, -1);
  const nextWeek = addWeeks(weekStart, 1);

  return (
    <>
      <PageHeader
        title="Weekly update"
        description={`${weekStart === currentWeek ? 'This week' : 'A past week'}: ${weekLabel(weekStart)}`}
      />
      {requestProblem && (
        <div className="mb-4">
          <FormMessage message={requestProblem} tone="info" />
        </div>
      )}
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <nav aria-label="Weeks" className="flex flex-wrap gap-2">
          <InAppLink href={`/weekly?week=${previousWeek}`} className={buttonClasses('secondary')}>
            ← Previous week
          </InAppLink>
          {weekStart !== currentWeek && (
            <>
              <InAppLink
                href={nextWeek === currentWeek ? '/weekly' : `/weekly?week=${nextWeek}`}
                className={buttonClasses('secondary')}
              >
                Next week →
              </InAppLink>
              <InAppLink href="/weekly" className={buttonClasses('secondary')}>
                This week
              </InAppLink>
            </>
          )}
        </nav>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <strong>{streak}</strong> {streak === 1 ? 'week' : 'weeks'} in a row
          {saved ? ' · this week’s update is saved' : ''}
        </p>
      </div>
      {goals.length === 0 ? (
        <EmptyState
          title={weekStart === currentWeek ? 'No active goals to update' : 'No goals were active that week'}
          action={
            <InAppLink href="/goals/new" className={buttonClasses('primary')}>
              Create a goal
            </InAppLink>
          }
        >
          <p>The weekly update asks about each active goal. Create a goal to start your weekly rhythm.</p>
        </EmptyState>
      ) : (
        <WeeklyForm
          key={weekStart}
          weekStart={weekStart}
          version={reflection?.version ?? 0}
          locale={locale}
          goals={goals.map((goal) => toRow(goal, locale))}
          reflection={{
            alignment: reflection?.alignment ?? null,
            note: reflection?.note ?? '',
            highlight: reflection?.highlight ?? '',
            hoursWorked: reflection?.hoursWorked ?? null,
            balance: reflection?.balance ?? null,
          }}
        />
      )}
      {reflection?.highlight && (
        <CardSection
          id="highlight"
          title="This week’s highlight"
          description="Worth keeping? It goes to your achievements, where you can add its impact and links."
          className="mt-6"
        >
          <HighlightToAchievement
            action={achievementFromHighlightAction}
            weekStart={weekStart}
            highlight={reflection.highlight}
          />
        </CardSection>
      )}
    </>
  );
}
