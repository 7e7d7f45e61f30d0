import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CertificationForm } from '@/components/career/certification-form';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { careerCrumb, EntryFrame } from '@/components/career/entry-frames';
import { Card } from '@/components/ui/card';
import { findCertification } from '@/db/queries/career/certifications';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { deleteCertificationAction, saveCertification } from '../actions';

export const metadata: Metadata = { title: 'Career record' };

export default async function CertificationPage({ params }: { params: Promise<{ id: string }> }) {
  const userId = await requireUserId();
  const { id } = await params;
  const certification = isUuid(id) ? await findCertification(userId, id) : undefined;
  if (!certification) notFound();
  return (
    <EntryFrame
      trail={[careerCrumb('certifications')]}
      title={certification.name}
      deleteDialog={<DeleteEntryDialog noun="certification" id={certification.id} action={deleteCertificationAction} />}
    >
      <Card>
        <CertificationForm
          action={saveCertification.bind(null, certification.id)}
          initial={formDefaults(certification)}
          submitLabel="Save"
        />
      </Card>
    </EntryFrame>
  );
}
