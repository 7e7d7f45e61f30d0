import type { Metadata } from 'next';
import { CertificationForm } from '@/components/career/certification-form';
import { careerCrumb, NewEntryFrame } from '@/components/career/entry-frames';
import { requireUser } from '@/lib/server/auth/session';
import { localDate } from '@/lib/dates/calendar';
import { saveCertification } from '../actions';

export const metadata: Metadata = { title: 'Add to your career record' };

export default async function NewCertificationPage() {
  const user = await requireUser();
  return (
    <NewEntryFrame trail={[careerCrumb('certifications')]} title="Add a certification">
      <CertificationForm
        action={saveCertification.bind(null, null)}
        initial={{ earnedOn: localDate(new Date(), user.timeZone) }}
        submitLabel="Add certification"
      />
    </NewEntryFrame>
  );
}
