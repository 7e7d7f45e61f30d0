import type { Metadata } from 'next';
import { FlashToast } from '@/components/ui/flash-toast';
import { InAppLink } from '@/components/ui/in-app-link';
import { GoalCard } from '@/components/goals/goal-card';
import { buttonClasses } from '@/components/ui/button-classes';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { CareerFactsSection } from '@/components/dashboard/career-facts';
import { TrajectorySection } from '@/components/dashboard/trajectory-section';
import { HabitsSection } from '@/components/dashboard/habits-section';
import { CompensationSection } from '@/components/dashboard/compensation-section';
import { NextRoleCard } from '@/components/dashboard/next-role-card';
import { dashboardGoalsShown, loadDashboardView } from '@/db/loaders/dashboard-view';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { parseRange } from '@/lib/trajectory/dashboard';
import { weekLabel } from '@/lib/dates/calendar';

export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Promise<{ range?: string; email?: string }>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, history } = await requireUserWithHistory();
  const { range: requestedRange, email } = await searchParams;
  const range = parseRange(requestedRange);
  const [view, locale] = await Promise.all([loadDashboardView(history, user, range), requestNumberLocale()]);
  const { status } = view;

  return (
    <>
      {email === 'confirmed' && <FlashToast message="Email confirmed. Welcome to Trajectory!" param="email" />}
      <PageHeader
        title={user.name ? `Hello, ${user.name.split(' ')[0]}` : 'Your dashboard'}
        description="How your path is moving, from job toward career."
      />
      <div className="mb-8 space-y-8">
        <TrajectorySection
          series={view.series}
          markers={view.markers}
          range={range}
          change={view.change}
          joinedOn={view.joinedOn}
          locale={locale}
        />
        <NextRoleCard target={view.target} locale={locale} />
        {(view.hasCareerFacts || view.peopleMet > 0) && (
          <CareerFactsSection facts={view.facts} peopleMetThisQuarter={view.peopleMet} locale={locale} />
        )}
        {view.payOverTime.length > 0 && (
          <CompensationSection series={view.payOverTime} locale={locale} today={view.today} />
        )}
        {view.habits && (
          <HabitsSection
            weeks={view.habits.weeks}
            purpose={view.habits.purpose}
            skills={view.habits.skills}
            balance={view.habits.balance}
            locale={locale}
          />
        )}
      </div>
      {!view.hasGoals ? (
        <EmptyState
          title="Your trajectory starts with a goal"
          action={
            <InAppLink href="/goals/new" className={buttonClasses('primary')}>
              Create your first goal
            </InAppLink>
          }
        >
          <p>
            Once you set goals, check in weekly and record your skills, training and roles, this page charts your
            trajectory index: a mirror of how far your work has moved from a job toward a career.
          </p>
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <Card as="section" aria-labelledby="weekly-heading" tone={status.dueThisWeek ? 'attention' : 'plain'}>
            <h2 id="weekly-heading" className="text-lg font-semibold">
              {status.dueThisWeek ? 'This week’s update is due' : 'This week’s update is done'}
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Week of {weekLabel(status.currentWeek)} · <strong>{status.streak}</strong>{' '}
              {status.streak === 1 ? 'week' : 'weeks'} in a row
            </p>
            <InAppLink href="/weekly" className={buttonClasses(status.dueThisWeek ? 'primary' : 'secondary', 'mt-4')}>
              {status.dueThisWeek ? 'Do the weekly update' : 'Review this week'}
            </InAppLink>
          </Card>
          <section aria-labelledby="active-heading" className="space-y-3">
            <h2 id="active-heading" className="text-lg font-semibold">
              Active goals
            </h2>
            {view.activeCount > dashboardGoalsShown && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                The {dashboardGoalsShown} with the nearest target dates.
              </p>
            )}
            {view.activeCount === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">No active goals. Reopen one or create a new goal.</p>
            ) : (
              <>
                <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  {view.shownGoals.map(({ goal, outlook }) => (
                    <li key={goal.id}>
                      <GoalCard goal={goal} locale={locale} outlook={outlook} headingLevel={3} />
                    </li>
                  ))}
                </ul>
                {view.activeCount > dashboardGoalsShown && (
                  <InAppLink
                    href="/goals?status=active&sort=target-asc"
                    className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300"
                  >
                    All {view.activeCount} active goals
                  </InAppLink>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
