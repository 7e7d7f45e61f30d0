'use server';

import { revalidatePath } from 'next/cache';
import { saveReviewNotes } from '@/db/queries/review/notes';
import { requireUserId } from '@/lib/server/auth/session';
import { formText, formTexts, invalidInput, type ActionResult } from '@/lib/forms/form';
import { reviewNotesSchema } from '@/lib/review/schema';

export async function saveReview(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = reviewNotesSchema.safeParse({ year: formText(formData, 'year'), summary: formText(formData, 'summary') ?? '', highlights: formTexts(formData, 'highlights') });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  await saveReviewNotes(userId, parsed.data);
  revalidatePath('/review');
  return { ok: true, message: `Your ${parsed.data.year} summary and highlights are saved.` };
}
