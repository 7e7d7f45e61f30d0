'use server';

import { changedThenGoTo, correctFields, deleteEntry, entryGone } from '../action-support';
import { createPosition, deletePosition, SecondFirstRole, updatePosition } from '@/db/queries/career/positions';
import { positionFields, positionProblems, positionSchema } from '@/lib/career/schema';
import { failure, parseForm, readForm, type ActionResult } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';

export async function savePosition(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(positionSchema, readForm(formData, positionFields), positionProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  try {
    if (id === null) await createPosition(userId, parsed.data);
    else if (!isUuid(id) || !(await updatePosition(userId, id, parsed.data))) return failure(entryGone, formData);
  } catch (error) {
    if (error instanceof SecondFirstRole) {
      return failure(correctFields, formData, {
        howReached: ['Another role is already your first role. Choose how you reached this one.'],
      });
    }
    throw error;
  }
  changedThenGoTo(userId, `/career?saved=position#positions`);
}

export async function deletePositionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deletePosition, formData);
}
