import type { Metadata } from 'next';
import { PositionForm } from '@/components/career/position-form';
import { careerCrumb, NewEntryFrame } from '@/components/career/entry-frames';
import { requireUserId } from '@/lib/server/auth/session';
import { savePosition } from '../actions';

export const metadata: Metadata = { title: 'Add to your career record' };

export default async function NewPositionPage() {
  await requireUserId();
  return (
    <NewEntryFrame trail={[careerCrumb('positions')]} title="Add a position">
      <PositionForm
        action={savePosition.bind(null, null)}
        initial={{ employmentType: 'full_time', payBasis: 'salary', hasBenefits: 'on' }}
        submitLabel="Add position"
      />
    </NewEntryFrame>
  );
}
