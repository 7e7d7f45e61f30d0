import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { GoalFiltersForm } from '@/components/goals/goal-filters';
import { GoalTreeList } from '@/components/goals/goal-tree';
import { buttonClasses } from '@/components/ui/button-classes';
import { EmptyState } from '@/components/ui/empty-state';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { goalCardFacts } from '@/components/goals/goal-card-data';
import { goalsPageValue } from '@/db/loaders/derived-values';
import { memoViewWhileHistoryUnchanged } from '@/db/loaders/history-memo';
import { loadGoalsView } from '@/db/loaders/record-views';
import { requireUserWithHistory } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { buildGoalTree, mapGoalTree } from '@/lib/goals/tree';
import { withProgress } from '@/lib/goals/view';
import { goalFiltersSchema } from '@/lib/goals/schema';

export const metadata: Metadata = { title: 'Goals' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function GoalsPage({ searchParams }: { searchParams: SearchParams }) {
  const { history } = await requireUserWithHistory();
  const params = await searchParams;
  const filters = goalFiltersSchema.parse(params);
  const locale = await requestNumberLocale();
  // The cards' facts are derived once per change of the history (and per filters and locale), like the goals.
  const { goalCount, tree } = await memoViewWhileHistoryUnchanged(
    history,
    goalsPageValue,
    `${JSON.stringify(filters)} ${locale}`,
    async () => {
      const all = withProgress(await loadGoalsView(history));
      const matching = buildGoalTree(all, filters);
      return { goalCount: all.length, tree: mapGoalTree(matching, (goal) => goalCardFacts(goal, locale)) };
    },
  );
  const newGoal = (
    <InAppLink href="/goals/new" className={buttonClasses('primary')}>
      New goal
    </InAppLink>
  );

  return (
    <>
      {params.saved === 'deleted' && <FlashToast message="Goal deleted." />}
      <PageHeader
        title="Goals"
        description="Each long-term goal with the short-term goals that serve it, active goals first."
        actions={goalCount > 0 ? newGoal : undefined}
      />
      {goalCount === 0 ? (
        <EmptyState title="No goals yet" action={newGoal}>
          <p>
            Start with one long-term goal that gives your work direction (a role, a mastery, a credential), then add a
            short-term goal that moves it forward this quarter.
          </p>
        </EmptyState>
      ) : (
        <>
          {/* Remounted per filter so back and forward show the choices of the address they return to. */}
          <GoalFiltersForm key={JSON.stringify(filters)} filters={filters} />
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" role="status">
            Showing {tree.matchCount} of {goalCount} goals
          </p>
          {tree.matchCount === 0 ? (
            <EmptyState title="No goals match these filters">
              <p>
                <InAppLink href="/goals" className="font-semibold text-brand-700 underline dark:text-brand-300">
                  Clear the filters
                </InAppLink>{' '}
                to see all your goals.
              </p>
            </EmptyState>
          ) : (
            // Not hydrated apart (components/ui/hydrate-apart.tsx): the list is the page's main content, and a
            // boundary around it was revealed only after the first paint, as the page's largest paint.
            <GoalTreeList tree={tree} />
          )}
        </>
      )}
    </>
  );
}
