import type { Metadata } from 'next';
import { NewEntryFrame } from '@/components/career/entry-frames';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { localDate } from '@/lib/dates/calendar';
import { requireUser } from '@/lib/server/auth/session';
import { saveFeedback } from '../actions';
import { feedbackChoices } from '../choices';

export const metadata: Metadata = { title: 'Add feedback' };

export default async function NewFeedbackPage({ searchParams }: { searchParams: Promise<{ skill?: string }> }) {
  const user = await requireUser();
  const today = localDate(new Date(), user.timeZone);
  const [{ skills, people }, { skill }] = await Promise.all([feedbackChoices(user.id, today), searchParams]);
  return (
    <NewEntryFrame
      trail={[
        { href: '/career', label: 'Career' },
        { href: '/career/feedback', label: 'Feedback' },
      ]}
      title="Add feedback"
    >
      <FeedbackForm
        action={saveFeedback.bind(null, null)}
        initial={{ receivedOn: today }}
        initialSkillIds={skills.some((known) => known.id === skill) && skill ? [skill] : []}
        skills={skills}
        people={people}
        submitLabel="Add feedback"
      />
    </NewEntryFrame>
  );
}
