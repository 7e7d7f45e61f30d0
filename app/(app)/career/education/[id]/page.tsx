import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EducationForm } from '@/components/career/education-form';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { careerCrumb, EntryFrame } from '@/components/career/entry-frames';
import { Card } from '@/components/ui/card';
import { findEducation } from '@/db/queries/career/education';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { deleteEducationAction, saveEducation } from '../actions';

export const metadata: Metadata = { title: 'Career record' };

export default async function EducationPage({ params }: { params: Promise<{ id: string }> }) {
  const userId = await requireUserId();
  const { id } = await params;
  const education = isUuid(id) ? await findEducation(userId, id) : undefined;
  if (!education) notFound();
  return (
    <EntryFrame
      trail={[careerCrumb('education')]}
      title={education.title}
      deleteDialog={<DeleteEntryDialog noun="education or training" id={education.id} action={deleteEducationAction} />}
    >
      <Card>
        <EducationForm
          action={saveEducation.bind(null, education.id)}
          initial={formDefaults(education)}
          submitLabel="Save"
        />
      </Card>
    </EntryFrame>
  );
}
