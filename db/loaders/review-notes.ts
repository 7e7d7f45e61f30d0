// Saving what the user wrote for a year's review. Highlights are picked, not typed: each must be one of the
// year's own weekly highlights or achieved goals, or one the user had already saved for that year (its
// source may have changed since). Anything else, a string sent past the form, is refused.
import 'server-only';
import type { UserProfile } from '@/db/queries/account/users';
import { findReviewNotes, saveReviewNotes } from '@/db/queries/review/notes';
import { loadYearlyReview } from '@/db/loaders/review';
import { AppError } from '@/lib/errors';
import type { ReviewNotes } from '@/lib/review/schema';

export const foreignHighlightMessage = 'Pick highlights from this year’s weekly highlights and achieved goals.';

export async function saveChosenReviewNotes(
  user: Pick<UserProfile, 'id' | 'weekStartsOn' | 'timeZone' | 'createdAt'>,
  notes: ReviewNotes,
  today: string,
): Promise<void> {
  if (notes.highlights.length > 0) {
    const [review, saved] = await Promise.all([
      loadYearlyReview(user, notes.year, today),
      findReviewNotes(user.id, notes.year),
    ]);
    const pickable = new Set([...review.highlightCandidates, ...saved.highlights]);
    if (notes.highlights.some((highlight) => !pickable.has(highlight)))
      throw new AppError('invalid-reference', foreignHighlightMessage, 'highlights');
  }
  await saveReviewNotes(user.id, notes);
}
