'use server';

import { changedThenGoTo, entryNotFound, saveEntry } from '../action-support';
import { createFeedback, deleteFeedback, updateFeedback } from '@/db/queries/feedback/feedback';
import { parseFeedbackForm } from '@/lib/feedback/schema';
import { recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function saveFeedback(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return saveEntry(id, formData, {
    parse: parseFeedbackForm,
    create: createFeedback,
    update: updateFeedback,
    savedPath: '/career/feedback?saved=feedback',
  });
}

export async function deleteFeedbackAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await deleteFeedback(user.id, id))) throw entryNotFound();
    changedThenGoTo(user.id, '/career/feedback?saved=deleted');
  });
}
