import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PositionForm } from '@/components/career/position-form';
import { DeleteEntryDialog } from '@/components/career/delete-entry-dialog';
import { EntryFrame } from '@/components/career/entry-frames';
import { Card } from '@/components/ui/card';
import { findPosition } from '@/db/queries/career/positions';
import { formDefaults } from '@/lib/forms/form-defaults';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';
import { deletePositionAction, savePosition } from '../actions';

export const metadata: Metadata = { title: 'Career record' };

export default async function PositionPage({ params }: { params: Promise<{ id: string }> }) {
  const userId = await requireUserId();
  const { id } = await params;
  const position = isUuid(id) ? await findPosition(userId, id) : undefined;
  if (!position) notFound();
  return (
    <EntryFrame
      backTo="/career#positions"
      title={position.title}
      deleteDialog={<DeleteEntryDialog noun="position" id={position.id} action={deletePositionAction} />}
    >
      <Card>
        <PositionForm
          action={savePosition.bind(null, position.id)}
          initial={formDefaults(position)}
          submitLabel="Save"
        />
      </Card>
    </EntryFrame>
  );
}
