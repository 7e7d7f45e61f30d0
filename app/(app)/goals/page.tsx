import type { Metadata } from 'next';
import Link from 'next/link';
import { GoalCard } from '@/components/goals/goal-card';
import { buttonClasses } from '@/components/ui/button-classes';
import { cardClasses } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { listGoals } from '@/db/queries/goals/goals';
import { requireUserId } from '@/lib/server/auth/session';
import { filterAndSortGoals, withProgress } from '@/lib/goals/view';
import { categoryLabels, goalCategories, goalStatuses, horizonLabels, statusLabels } from '@/lib/goals/vocabulary';
import { goalFiltersSchema } from '@/lib/goals/schema';

export const metadata: Metadata = { title: 'Goals' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function GoalsPage({ searchParams }: { searchParams: SearchParams }) {
  const userId = await requireUserId();
  const params = await searchParams;
  const filters = goalFiltersSchema.parse(params);
  const all = withProgress(await listGoals(userId));
  const shown = filterAndSortGoals(all, filters);
  const newGoal = (
    <Link href="/goals/new" className={buttonClasses('primary')}>
      New goal
    </Link>
  );

  return (
    <>
      {params.saved === 'deleted' && <FlashToast message="Goal deleted." />}
      <PageHeader
        title="Goals"
        description="Short-term goals that serve long-term ones."
        actions={all.length > 0 ? newGoal : undefined}
      />
      {all.length === 0 ? (
        <EmptyState title="No goals yet" action={newGoal}>
          <p>
            Start with one long-term goal that gives your work direction (a role, a mastery, a credential), then add a
            short-term goal that moves it forward this quarter.
          </p>
        </EmptyState>
      ) : (
        <>
          <form
            method="get"
            className={cardClasses({ compact: true }, 'mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5')}
          >
            <SelectField name="horizon" label="Horizon" defaultValue={filters.horizon ?? ''}>
              <option value="">All</option>
              {(['short', 'long'] as const).map((horizon) => (
                <option key={horizon} value={horizon}>
                  {horizonLabels[horizon]}
                </option>
              ))}
            </SelectField>
            <SelectField name="status" label="Status" defaultValue={filters.status ?? ''}>
              <option value="">All</option>
              {goalStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </SelectField>
            <SelectField name="category" label="Category" defaultValue={filters.category ?? ''}>
              <option value="">All</option>
              {goalCategories.map((category) => (
                <option key={category} value={category}>
                  {categoryLabels[category]}
                </option>
              ))}
            </SelectField>
            <SelectField name="sort" label="Sort by" defaultValue={filters.sort}>
              <option value="target-asc">Target date, soonest first</option>
              <option value="target-desc">Target date, latest first</option>
              <option value="recent">Newest first</option>
            </SelectField>
            <div className="flex items-end gap-2">
              <button type="submit" className={buttonClasses('secondary', 'w-full')}>
                Apply
              </button>
            </div>
          </form>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" role="status">
            Showing {shown.length} of {all.length} goals
          </p>
          {shown.length === 0 ? (
            <EmptyState title="No goals match these filters">
              <p>
                <Link href="/goals" className="font-semibold text-brand-700 underline dark:text-brand-300">
                  Clear the filters
                </Link>{' '}
                to see all your goals.
              </p>
            </EmptyState>
          ) : (
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {shown.map((goal) => (
                <li key={goal.id}>
                  <GoalCard goal={goal} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
