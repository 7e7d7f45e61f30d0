import type { Metadata } from 'next';
import { FlashToast } from '@/components/ui/flash-toast';
import Link from 'next/link';
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
import { loadReadinessOn } from '@/db/loaders/readiness';
import { findCurrentTargetRole } from '@/db/queries/next-role/target-roles';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { compensationSeries } from '@/lib/career/compensation';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { listCertifications } from '@/db/queries/career/certifications';
import { listPositions } from '@/db/queries/career/positions';
import { listTrainingSince } from '@/db/queries/career/education';
import { loadDashboardHistory } from '@/db/loaders/dashboard';
import { listGoals } from '@/db/queries/goals/goals';
import { listRecentUpdates } from '@/db/queries/goals/history';
import { listWeeksWithUpdates } from '@/db/queries/weekly/updates';
import { listInteractionsBetween } from '@/db/queries/people/people';
import { peopleMetThisQuarter, quarterStart } from '@/lib/people/quarter';
import { requireUser } from '@/lib/server/auth/session';
import { careerFacts, goalOutlook, parseRange, recentWeeks } from '@/lib/trajectory/dashboard';
import { indexChangeOverYear } from '@/lib/trajectory/index-change';
import { forecastSettings } from '@/lib/goals/forecast';
import { groupBy } from '@/lib/group-by';
import { filterAndSortGoals, withProgress } from '@/lib/goals/view';
import { firstCountedWeek, weeklyStatus } from '@/lib/weekly/status';
import { addWeeks, currentWeekStart, localDate, weekLabel } from '@/lib/dates/calendar';

export const metadata: Metadata = { title: 'Dashboard' };

// At a glance: the goals whose target dates come first; the goals page lists the rest.
const goalsShown = 8;

/** The current target role's readiness today, for the card; null when the user aims at none. */
async function currentTarget(userId: string, today: string) {
  const role = await findCurrentTargetRole(userId);
  return role ? { title: role.title, readiness: await loadReadinessOn(userId, role, today) } : null;
}

type SearchParams = Promise<{ range?: string; email?: string }>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { range: requestedRange, email } = await searchParams;
  const range = parseRange(requestedRange);
  const today = localDate(new Date(), user.timeZone);
  const joinedOn = localDate(user.createdAt, user.timeZone);
  const [
    goals,
    weeks,
    { firstMonth, series: fullSeries, trends },
    positions,
    training,
    certifications,
    pay,
    locale,
    interactions,
    target,
  ] = await Promise.all([
    listGoals(user.id),
    listWeeksWithUpdates(user.id),
    loadDashboardHistory(user.id, range, today),
    listPositions(user.id),
    listTrainingSince(user.id, `${today.slice(0, 4)}-01-01`),
    listCertifications(user.id),
    listPayRecords(user.id),
    requestNumberLocale(),
    listInteractionsBetween(user.id, quarterStart(today), today),
    currentTarget(user.id, today),
  ]);
  const payOverTime = compensationSeries(positions, pay);
  const series = fullSeries.filter((point) => point.monthEnd.slice(0, 7) >= firstMonth);
  const markers = [
    ...positions
      .filter((position) => position.howReached === 'promotion')
      .map((position) => ({
        month: position.startedOn.slice(0, 7),
        label: position.title,
        kind: 'promotion' as const,
      })),
    ...certifications.map((certification) => ({
      month: certification.earnedOn.slice(0, 7),
      label: certification.name,
      kind: 'certification' as const,
    })),
  ].filter((marker) => series.some((point) => point.monthEnd.slice(0, 7) === marker.month));
  const facts = careerFacts(positions, training, certifications, today);
  const peopleMet = peopleMetThisQuarter(interactions, today);
  const active = filterAndSortGoals(withProgress(goals), { status: 'active', sort: 'target-asc' });
  const shownGoals = active.slice(0, goalsShown);
  const recentUpdates = await listRecentUpdates(
    user.id,
    shownGoals.map((goal) => goal.id),
    addWeeks(today, -26),
    forecastSettings.recentPoints,
  );
  const updatesByGoal = groupBy(recentUpdates, (update) => update.goalId);
  const status = weeklyStatus(weeks, currentWeekStart(new Date(), user.timeZone, user.weekStartsOn), active.length > 0);

  return (
    <>
      {email === 'confirmed' && <FlashToast message="Email confirmed. Welcome to Trajectory!" param="email" />}
      <PageHeader
        title={user.name ? `Hello, ${user.name.split(' ')[0]}` : 'Your dashboard'}
        description="How your path is moving, from job toward career."
      />
      <div className="mb-8 space-y-8">
        <TrajectorySection
          series={series}
          markers={markers}
          range={range}
          change={indexChangeOverYear(fullSeries, joinedOn)}
          joinedOn={joinedOn}
          locale={locale}
        />
        <NextRoleCard target={target} locale={locale} />
        {(positions.length > 0 || training.length > 0 || certifications.length > 0 || peopleMet > 0) && (
          <CareerFactsSection facts={facts} peopleMetThisQuarter={peopleMet} locale={locale} />
        )}
        {payOverTime.length > 0 && <CompensationSection series={payOverTime} locale={locale} today={today} />}
        {(goals.length > 0 || trends.skills.length > 0) && (
          <HabitsSection
            weeks={recentWeeks(weeks, status.currentWeek, 52, firstCountedWeek(joinedOn, weeks, user.weekStartsOn))}
            purpose={trends.purpose}
            skills={trends.skills}
            balance={trends.balance}
            locale={locale}
          />
        )}
      </div>
      {goals.length === 0 ? (
        <EmptyState
          title="Your trajectory starts with a goal"
          action={
            <Link href="/goals/new" className={buttonClasses('primary')}>
              Create your first goal
            </Link>
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
            <Link href="/weekly" className={buttonClasses(status.dueThisWeek ? 'primary' : 'secondary', 'mt-4')}>
              {status.dueThisWeek ? 'Do the weekly update' : 'Review this week'}
            </Link>
          </Card>
          <section aria-labelledby="active-heading" className="space-y-3">
            <h2 id="active-heading" className="text-lg font-semibold">
              Active goals
            </h2>
            {active.length > goalsShown && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                The {goalsShown} with the nearest target dates.
              </p>
            )}
            {active.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">No active goals. Reopen one or create a new goal.</p>
            ) : (
              <>
                <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  {shownGoals.map((goal) => (
                    <li key={goal.id}>
                      <GoalCard
                        goal={goal}
                        locale={locale}
                        outlook={goalOutlook(goal, updatesByGoal.get(goal.id) ?? [], today)}
                        headingLevel={3}
                      />
                    </li>
                  ))}
                </ul>
                {active.length > goalsShown && (
                  <Link
                    href="/goals?status=active&sort=target-asc"
                    className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300"
                  >
                    All {active.length} active goals
                  </Link>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
