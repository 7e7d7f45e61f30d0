import { goalCardFacts, type GoalCardProps } from './goal-card-data';
import { GoalCardView } from './goal-card-view';

/**
 * A goal's card. Drawn by a client component although it only draws: given the goal's facts as data, the
 * page's React payload carries those instead of the card's markup, a fifth of the size (docs/performance.md,
 * "Seventh round"). `headingLevel` follows the page's outline: 2 in a list under the page title, 3 under a
 * section heading, 4 nested under a long-term goal. `contextNote` marks a goal shown only as the context of
 * others (dashed border).
 */
export function GoalCard({ goal, locale, ...rest }: GoalCardProps) {
  return <GoalCardView goal={goalCardFacts(goal, locale)} {...rest} />;
}
