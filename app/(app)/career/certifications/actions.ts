'use server';

import { deleteEntry, saveEntry } from '../action-support';
import { createCertification, deleteCertification, updateCertification } from '@/db/queries/career/certifications';
import { parseCertificationForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';

export async function saveCertification(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return saveEntry(id, formData, {
    parse: parseCertificationForm,
    create: createCertification,
    update: updateCertification,
    savedPath: '/career?saved=certification#certifications',
  });
}

export async function deleteCertificationAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return deleteEntry(deleteCertification, formData);
}
