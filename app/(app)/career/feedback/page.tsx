import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { FeedbackList } from '@/components/feedback/feedback-list';
import { RecurringAreas } from '@/components/feedback/recurring-areas';
import { EmptyRecord } from '@/components/career/record-section';
import { buttonClasses } from '@/components/ui/button-classes';
import { FlashToast } from '@/components/ui/flash-toast';
import { PageHeader } from '@/components/ui/page-header';
import { loadFeedbackView } from '@/db/loaders/record-views';
import { recurringDevelopmentAreas } from '@/lib/feedback/recurring';
import { requireUserWithHistory } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Feedback' };

const savedMessages: Record<string, string> = { feedback: 'Feedback saved.', deleted: 'Deleted.' };

export default async function FeedbackPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { history } = await requireUserWithHistory();
  const [{ saved }, entries] = await Promise.all([searchParams, loadFeedbackView(history)]);
  const praise = entries.filter((entry) => entry.kind === 'praise').length;
  return (
    <>
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PageHeader
        trail={[{ href: '/career', label: 'Career' }]}
        title="Feedback"
        description="What managers, peers, reports, clients and mentors told you: praise and development areas."
        actions={
          <InAppLink href="/career/feedback/new" className={buttonClasses('primary')}>
            Add feedback
          </InAppLink>
        }
      />
      <div className="space-y-8">
        <section aria-labelledby="recurring-heading" className="space-y-2">
          <h2 id="recurring-heading" className="text-lg font-semibold">
            Recurring development areas
          </h2>
          <RecurringAreas areas={recurringDevelopmentAreas(entries)} />
        </section>
        <section aria-labelledby="entries-heading" className="space-y-3">
          <h2 id="entries-heading" className="text-lg font-semibold">
            All feedback
          </h2>
          {entries.length === 0 ? (
            <EmptyRecord>
              No feedback yet. Write down what you hear in one-to-ones and reviews; link it to skills to see what keeps
              coming back.
            </EmptyRecord>
          ) : (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {entries.length} {entries.length === 1 ? 'entry' : 'entries'}: {praise} praise,{' '}
                {entries.length - praise} development {entries.length - praise === 1 ? 'area' : 'areas'}.
              </p>
              <FeedbackList entries={entries} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
