'use server';

import { deleteEntry, saveEntry } from '../action-support';
import { createEducation, deleteEducation, updateEducation } from '@/db/queries/career/education';
import { parseEducationForm } from '@/lib/career/schema';
import type { ActionResult } from '@/lib/forms/result';

export async function saveEducation(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return saveEntry(id, formData, {
    parse: parseEducationForm,
    create: createEducation,
    update: updateEducation,
    savedPath: '/career?saved=education#education',
  });
}

export async function deleteEducationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deleteEducation, formData);
}
