// The Career page's way to feedback and people: the recurring development areas, and links to both pages.
import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import type { RecurringArea } from '@/lib/feedback/recurring';
import { RecurringAreas } from './recurring-areas';

type Props = { areas: RecurringArea[]; feedbackCount: number; peopleCount: number };

export function FeedbackAndPeopleSection({ areas, feedbackCount, peopleCount }: Props) {
  return (
    <section id="feedback-and-people" aria-labelledby="feedback-and-people-heading" className="scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="feedback-and-people-heading" className="text-xl font-semibold">
          Feedback and people
        </h2>
        <div className="flex flex-wrap gap-2">
          <InAppLink href="/career/feedback" className={buttonClasses('secondary')}>
            Feedback ({feedbackCount})
          </InAppLink>
          <InAppLink href="/career/people" className={buttonClasses('secondary')}>
            People ({peopleCount})
          </InAppLink>
        </div>
      </div>
      <h3 className="font-semibold">Recurring development areas</h3>
      <RecurringAreas areas={areas} />
    </section>
  );
}
