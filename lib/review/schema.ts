import { z } from 'zod';
import { formText, formTexts, parseForm, type FormParser } from '@/lib/forms/form';
import { singleLineText } from '@/lib/forms/fields';
import { isUuid } from '@/lib/ids';
import { latestYearBegunAnywhere, reviewYearUpTo } from './year';

/** A review year a form sends: one that has begun, in the sender's time zone wherever that is. */
export const reviewYear = z.lazy(() => reviewYearUpTo(latestYearBegunAnywhere(new Date())));
/**
 * A review year in an account file: up to the year after the current one, because until November 2026 the
 * review page offered next year's review and saved its notes, and a file the app exported must import again.
 */
export const reviewYearInFile = z.lazy(() => reviewYearUpTo(latestYearBegunAnywhere(new Date()) + 1));
export const reviewSummary = z.string().trim().max(5000, 'Keep the summary under 5,000 characters.');
export const reviewHighlight = singleLineText({
  max: 500,
  required: 'Pick a highlight.',
  tooLong: 'Keep each highlight under 500 characters.',
});
export const maxReviewHighlights = 30;
export const maxReviewAchievements = 200;
/** Picked achievements by id; null while the user has not picked (every achievement of the year is included). */
export const reviewAchievementIds = z
  .array(z.string().refine(isUuid, 'Pick achievements from this year’s list.'))
  .max(maxReviewAchievements, `Pick at most ${maxReviewAchievements} achievements.`)
  .nullable();

export const reviewNotesSchema = z.object({
  year: reviewYear,
  summary: reviewSummary,
  highlights: z.array(reviewHighlight).max(maxReviewHighlights, 'Pick at most 30 highlights.'),
  achievementIds: reviewAchievementIds.default(null),
});
export type ReviewNotes = z.infer<typeof reviewNotesSchema>;

export const parseReviewNotesForm: FormParser<ReviewNotes> = (formData) =>
  parseForm(reviewNotesSchema, {
    year: formText(formData, 'year'),
    summary: formText(formData, 'summary') ?? '',
    highlights: formTexts(formData, 'highlights'),
    // The form says it showed the choice; without it (a year with no achievements) nothing is picked.
    achievementIds: formText(formData, 'pickAchievements') ? formTexts(formData, 'achievementIds') : null,
  });
