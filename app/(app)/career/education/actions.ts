'use server';

import { changedThenGoTo, correctFields, deleteEntry, entryGone } from '../action-support';
import { createEducation, deleteEducation, updateEducation } from '@/db/queries/career/education';
import { educationFields, educationProblems, educationSchema } from '@/lib/career/schema';
import { failure, parseForm, readForm, type ActionResult } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';

export async function saveEducation(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(educationSchema, readForm(formData, educationFields), educationProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (id === null) await createEducation(userId, parsed.data);
  else if (!isUuid(id) || !(await updateEducation(userId, id, parsed.data))) return failure(entryGone, formData);
  changedThenGoTo(userId, `/career?saved=education#education`);
}

export async function deleteEducationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deleteEducation, formData);
}
