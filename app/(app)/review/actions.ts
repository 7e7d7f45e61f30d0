'use server';

import { revalidatePath } from 'next/cache';
import { saveReviewNotes } from '@/db/queries/review/notes';
import { runFormAction } from '@/lib/server/actions/form-action';
import type { ActionResult } from '@/lib/forms/result';
import { parseReviewNotesForm } from '@/lib/review/schema';

export async function saveReview(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseReviewNotesForm }, async (notes, { user }) => {
    await saveReviewNotes(user.id, notes);
    revalidatePath('/review');
    return { ok: true, message: `Your ${notes.year} summary and highlights are saved.` };
  });
}
