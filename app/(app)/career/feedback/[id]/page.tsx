import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { EntryFrame } from '@/components/career/entry-frames';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { Card } from '@/components/ui/card';
import { findFeedback } from '@/db/queries/feedback/feedback';
import { dateLabel, localDate } from '@/lib/dates/calendar';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUser } from '@/lib/server/auth/session';
import { deleteFeedbackAction, saveFeedback } from '../actions';
import { feedbackChoices } from '../choices';

export const metadata: Metadata = { title: 'Feedback' };

export default async function FeedbackEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const entry = isUuid(id) ? await findFeedback(user.id, id) : undefined;
  if (!entry) notFound();
  const { skills, people } = await feedbackChoices(user.id, localDate(new Date(), user.timeZone));
  return (
    <EntryFrame
      trail={[
        { href: '/career', label: 'Career' },
        { href: '/career/feedback', label: 'Feedback' },
      ]}
      title={`Feedback from ${entry.fromName}, ${dateLabel(entry.receivedOn)}`}
      deleteDialog={<DeleteEntryDialog noun="feedback" id={entry.id} action={deleteFeedbackAction} />}
    >
      <Card>
        <FeedbackForm
          action={saveFeedback.bind(null, entry.id)}
          initial={formDefaults(entry)}
          initialSkillIds={entry.skills.map((skill) => skill.id)}
          skills={skills}
          people={people}
          submitLabel="Save"
        />
      </Card>
    </EntryFrame>
  );
}
