'use server';

import { deleteEntry, saveEntry } from '../action-support';
import { createPosition, deletePosition, updatePosition } from '@/db/queries/career/positions';
import { parsePositionForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';

export async function savePosition(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return saveEntry(id, formData, {
    parse: (form) => parsePositionForm(form),
    create: createPosition,
    update: updatePosition,
    savedPath: '/career?saved=position#positions',
  });
}

export async function deletePositionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deletePosition, formData);
}
