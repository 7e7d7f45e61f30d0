// The review as a JSON download: what the review shows, in the user's terms, without database identifiers.
import type { YearlyReview } from '@/lib/review/review';

type ReviewNotesForFile = { summary: string; highlights: string[] };

/**
 * The file the "Download JSON" button gives. The picker's choices and picks are ids that mean nothing outside
 * this database, so the file carries the achievements themselves (the picked ones) and leaves the ids out.
 */
export function reviewJsonFile(review: YearlyReview, notes: ReviewNotesForFile) {
  // The picked achievements lead the file, as they lead the review.
  const { achievements, pay, achievementChoices: _choices, ...rest } = review;
  return {
    format: 'trajectory-review',
    // 2: no database ids, every goal with its status at the year's end, short-term goals under shortTermGoals.
    // 3: nextRole, readiness for the current target role at the period's start and end with the gaps closed
    // and narrowed (null without a target in the year).
    version: 3,
    achievements,
    summary: notes.summary,
    highlights: notes.highlights,
    ...rest,
    ...(pay === null ? {} : { pay }),
  };
}
