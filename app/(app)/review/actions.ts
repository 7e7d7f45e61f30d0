'use server';

import { revalidatePath } from 'next/cache';
import { saveChosenReviewNotes } from '@/db/loaders/review-notes';
import { runFormAction } from '@/lib/server/actions/form-action';
import type { ActionResult } from '@/lib/forms/result';
import { localDate } from '@/lib/dates/calendar';
import { parseReviewNotesForm } from '@/lib/review/schema';

export async function saveReview(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'profile', parse: parseReviewNotesForm }, async (notes, { user }) => {
    await saveChosenReviewNotes(user, notes, localDate(new Date(), user.timeZone));
    revalidatePath('/review');
    return { ok: true, message: `Your ${notes.year} summary and highlights are saved.` };
  });
}
