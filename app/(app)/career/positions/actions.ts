'use server';

import { changedThenGoTo, deleteEntry, editedId, entryNotFound } from '../action-support';
import { createPosition, deletePosition, updatePosition } from '@/db/queries/career/positions';
import { parsePositionForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function savePosition(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parsePositionForm }, async (position, { user }) => {
    if (id === null) await createPosition(user.id, position);
    else if (!(await updatePosition(user.id, editedId(id), position))) throw entryNotFound();
    changedThenGoTo(user.id, `/career?saved=position#positions`);
  });
}

export async function deletePositionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deletePosition, formData);
}
