import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PayRecordForm } from '@/components/career/pay-record-form';
import { Card } from '@/components/ui/card';
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
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/career/positions/${position.id}#pay`} className="text-brand-700 underline dark:text-brand-300">
          {position.title}
        </Link>
      </nav>
      <PageHeader title={`Pay from ${dateLabel(record.effectiveOn)}`} />
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
