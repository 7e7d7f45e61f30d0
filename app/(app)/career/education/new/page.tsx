import type { Metadata } from 'next';
import { EducationForm } from '@/components/career/education-form';
import { careerCrumb, NewEntryFrame } from '@/components/career/entry-frames';
import { requireUserId } from '@/lib/server/auth/session';
import { saveEducation } from '../actions';

export const metadata: Metadata = { title: 'Add to your career record' };

export default async function NewEducationPage() {
  await requireUserId();
  return (
    <NewEntryFrame trail={[careerCrumb('education')]} title="Add education or training">
      <EducationForm action={saveEducation.bind(null, null)} initial={{}} submitLabel="Add education or training" />
    </NewEntryFrame>
  );
}
