import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PositionForm } from '@/components/career/position-form';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { careerCrumb, EntryFrame } from '@/components/career/entry-frames';
import { CardSection } from '@/components/ui/card';
import { FlashToast } from '@/components/ui/flash-toast';
import { listPositionPayRecords } from '@/db/queries/career/pay-records';
import { findPosition } from '@/db/queries/career/positions';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { requestNumberLocale } from '@/lib/server/number-locale';
import { deletePositionAction, savePosition } from '../actions';
import { PayHistory } from './pay-history';

export const metadata: Metadata = { title: 'Career record' };

const savedMessages: Record<string, string> = {
  'pay-added': 'Pay record added.',
  'pay-saved': 'Pay record saved.',
  'pay-deleted': 'Pay record deleted.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function PositionPage({ params, searchParams }: Props) {
  const userId = await requireUserId();
  const { id } = await params;
  const { saved } = await searchParams;
  const position = isUuid(id) ? await findPosition(userId, id) : undefined;
  if (!position) notFound();
  const [records, locale] = await Promise.all([listPositionPayRecords(userId, position.id), requestNumberLocale()]);
  return (
    <EntryFrame
      trail={[careerCrumb('positions')]}
      title={position.title}
      deleteDialog={
        <DeleteEntryDialog
          noun="position"
          id={position.id}
          action={deletePositionAction}
          consequence="Its pay history is deleted too. This cannot be undone."
        />
      }
    >
      {saved && savedMessages[saved] && <FlashToast message={savedMessages[saved]} />}
      <PayHistory position={position} records={records} locale={locale} />
      <CardSection id="edit" title="Edit position">
        <PositionForm
          action={savePosition.bind(null, position.id)}
          initial={formDefaults(position)}
          submitLabel="Save"
        />
      </CardSection>
    </EntryFrame>
  );
}
