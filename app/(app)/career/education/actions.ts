'use server';

import { changedThenGoTo, deleteEntry, editedId, entryNotFound, userToday } from '../action-support';
import { createEducation, deleteEducation, updateEducation } from '@/db/queries/career/education';
import { parseEducationForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function saveEducation(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: (form, user) => parseEducationForm(form, userToday(user)) },
    async (education, { user }) => {
      if (id === null) await createEducation(user.id, education);
      else if (!(await updateEducation(user.id, editedId(id), education))) throw entryNotFound();
      changedThenGoTo(user.id, `/career?saved=education#education`);
    },
  );
}

export async function deleteEducationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deleteEducation, formData);
}
