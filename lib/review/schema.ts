import { z } from 'zod';
import { formText, formTexts, parseForm, type FormParser } from '@/lib/forms/form';

export const reviewNotesSchema = z.object({
  year: z.coerce.number().int().min(1970).max(9999),
  summary: z.string().trim().max(5000, 'Keep the summary under 5,000 characters.'),
  highlights: z.array(z.string().trim().min(1).max(500)).max(30, 'Pick at most 30 highlights.'),
});
export type ReviewNotes = z.infer<typeof reviewNotesSchema>;

export const parseReviewNotesForm: FormParser<ReviewNotes> = (formData) =>
  parseForm(reviewNotesSchema, {
    year: formText(formData, 'year'),
    summary: formText(formData, 'summary') ?? '',
    highlights: formTexts(formData, 'highlights'),
  });
