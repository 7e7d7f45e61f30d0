// Saving what the user wrote for a year's review. Highlights are picked, not typed: each must be one of the
// year's own weekly highlights or achieved goals, or one the user had already saved for that year (its
// source may have changed since). Achievements are picked from the year's own. Anything else, a string or
// an id sent past the form, is refused.
import 'server-only';
import type { UserProfile } from '@/db/queries/account/users';
import { findReviewNotes, saveReviewNotes } from '@/db/queries/review/notes';
import { loadYearlyReview } from '@/db/loaders/review';
import { AppError } from '@/lib/errors';
import type { ReviewNotes } from '@/lib/review/schema';

export const foreignHighlightMessage = 'Pick highlights from this year’s weekly highlights and achieved goals.';
export const foreignAchievementMessage = 'Pick achievements from this year’s list.';

export async function saveChosenReviewNotes(
  user: Pick<UserProfile, 'id' | 'weekStartsOn' | 'timeZone' | 'createdAt'>,
  notes: ReviewNotes,
  today: string,
): Promise<void> {
  if (notes.highlights.length === 0 && notes.achievementIds === null) {
    await saveReviewNotes(user.id, notes);
    return;
  }
  const [review, saved] = await Promise.all([
    loadYearlyReview(user, notes.year, today),
    findReviewNotes(user.id, notes.year),
  ]);
  const pickable = new Set([...review.highlightCandidates, ...saved.highlights]);
  if (notes.highlights.some((highlight) => !pickable.has(highlight)))
    throw new AppError('invalid-reference', foreignHighlightMessage, 'highlights');
  await saveReviewNotes(user.id, {
    ...notes,
    achievementIds: storedPick(notes.achievementIds, review.achievementChoices),
  });
}

/**
 * What is stored of the ticked achievements: every one of the year's ticked is no choice at all (null), so
 * achievements logged later are included too; an id not of the year's list is refused.
 */
function storedPick(ticked: string[] | null, ofTheYear: { id: string }[]): string[] | null {
  if (ticked === null) return null;
  const ids = new Set(ofTheYear.map((achievement) => achievement.id));
  if (ticked.some((id) => !ids.has(id)))
    throw new AppError('invalid-reference', foreignAchievementMessage, 'achievementIds');
  const unique = [...new Set(ticked)];
  return unique.length === ids.size ? null : unique;
}
