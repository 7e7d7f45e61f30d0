import type { GoalCardFacts } from '@/components/goals/goal-card-data';
import { GoalCardView } from '@/components/goals/goal-card-view';
import type { GoalTree } from '@/lib/goals/tree';

const sectionHeading = 'mb-3 text-lg font-semibold';

/**
 * The goal list as nested lists: each long-term goal with the short-term goals serving it one level down, then
 * the short-term goals that serve none. Headings give the same outline to screen readers (h2 group, h3 goal,
 * h4 nested goal). Given each card's facts (goalCardFacts), which the goals page keeps while the history is unchanged.
 */
export function GoalTreeList({ tree }: { tree: GoalTree<GoalCardFacts> }) {
  return (
    <div className="space-y-8">
      {tree.branches.length > 0 && (
        <section aria-labelledby="long-term-goals-heading">
          <h2 id="long-term-goals-heading" className={sectionHeading}>
            Long-term goals and the short-term goals serving them
          </h2>
          <ul className="space-y-6">
            {tree.branches.map((branch) => (
              <li key={branch.goal.id}>
                <GoalCardView
                  goal={branch.goal}
                  headingLevel={3}
                  contextNote={
                    branch.matches ? undefined : 'Outside your filters, shown for the short-term goals it holds.'
                  }
                />
                {branch.children.length > 0 && (
                  <ul
                    aria-label={`Short-term goals serving ${branch.goal.title}`}
                    className="mt-3 ml-3 grid grid-cols-1 gap-3 border-l-2 border-brand-300 pl-3 sm:ml-6 sm:pl-5 md:grid-cols-2 dark:border-brand-800"
                  >
                    {branch.children.map((child) => (
                      <li key={child.id}>
                        <GoalCardView goal={child} headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {tree.unlinked.length > 0 && (
        <section aria-labelledby="unlinked-goals-heading">
          <h2 id="unlinked-goals-heading" className={sectionHeading}>
            Short-term goals not linked to a long-term goal
          </h2>
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {tree.unlinked.map((goal) => (
              <li key={goal.id}>
                <GoalCardView goal={goal} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
