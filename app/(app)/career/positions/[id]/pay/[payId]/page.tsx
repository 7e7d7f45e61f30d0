import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PayRecordForm } from '@/components/career/pay-record-form';
import { Card } from '@/components/ui/card';
import { careerCrumb } from '@/components/career/entry-frames';
import { PageHeader } from '@/components/ui/page-header';
import { findPayRecord } from '@/db/queries/career/pay-records';
import { findPosition } from '@/db/queries/career/positions';
import { dateLabel } from '@/lib/dates/calendar';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { savePayRecordAction } from '../../../pay-actions';

export const metadata: Metadata = { title: 'Pay record' };

type Props = { params: Promise<{ id: string; payId: string }> };

export default async function PayRecordPage({ params }: Props) {
  const userId = await requireUserId();
  const { id, payId } = await params;
  const record = isUuid(payId) ? await findPayRecord(userId, payId) : undefined;
  const position = record && record.positionId === id ? await findPosition(userId, id) : undefined;
  if (!record || !position) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        trail={[careerCrumb('positions'), { href: `/career/positions/${position.id}#pay`, label: position.title }]}
        title={`Pay from ${dateLabel(record.effectiveOn)}`}
      />
      <Card>
        <PayRecordForm
          action={savePayRecordAction.bind(null, record.id)}
          initial={formDefaults(record)}
          benefits={record.benefits}
          submitLabel="Save pay record"
        />
      </Card>
    </div>
  );
}
