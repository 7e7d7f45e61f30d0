'use server';

import { changedThenGoTo, correctFields, deleteEntry, entryGone } from '../action-support';
import { createCertification, deleteCertification, updateCertification } from '@/db/queries/career/certifications';
import { certificationFields, certificationProblems, certificationSchema } from '@/lib/career/schema';
import { failure, parseForm, readForm, type ActionResult } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';
import { requireUserId } from '@/lib/server/auth/session';

export async function saveCertification(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(certificationSchema, readForm(formData, certificationFields), certificationProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (id === null) await createCertification(userId, parsed.data);
  else if (!isUuid(id) || !(await updateCertification(userId, id, parsed.data))) return failure(entryGone, formData);
  changedThenGoTo(userId, `/career?saved=certification#certifications`);
}

export async function deleteCertificationAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return deleteEntry(deleteCertification, formData);
}
