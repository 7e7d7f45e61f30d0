'use server';

import { changedThenGoTo, deleteEntry, editedId, entryNotFound, userToday } from '../action-support';
import { createCertification, deleteCertification, updateCertification } from '@/db/queries/career/certifications';
import { parseCertificationForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function saveCertification(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: (form, user) => parseCertificationForm(form, userToday(user)) },
    async (certification, { user }) => {
      if (id === null) await createCertification(user.id, certification);
      else if (!(await updateCertification(user.id, editedId(id), certification))) throw entryNotFound();
      changedThenGoTo(user.id, `/career?saved=certification#certifications`);
    },
  );
}

export async function deleteCertificationAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return deleteEntry(deleteCertification, formData);
}
