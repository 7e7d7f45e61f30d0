// The user's own words for a yearly review: a summary, chosen highlights and picked achievements, one row per year.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { ReviewNotes } from '@/lib/review/schema';
import { db } from '@/db/client';
import { yearlyReviews } from '@/db/schema';

export async function findReviewNotes(
  userId: string,
  year: number,
): Promise<{ summary: string; highlights: string[]; achievementIds: string[] | null }> {
  const [row] = await db()
    .select({
      summary: yearlyReviews.summary,
      highlights: yearlyReviews.highlights,
      achievementIds: yearlyReviews.achievementIds,
    })
    .from(yearlyReviews)
    .where(and(eq(yearlyReviews.userId, userId), eq(yearlyReviews.year, year)));
  return row
    ? { ...row, achievementIds: row.achievementIds ?? null }
    : { summary: '', highlights: [], achievementIds: null };
}

export async function saveReviewNotes(userId: string, notes: ReviewNotes): Promise<void> {
  await db()
    .insert(yearlyReviews)
    .values({ userId, ...notes })
    .onConflictDoUpdate({
      target: [yearlyReviews.userId, yearlyReviews.year],
      set: {
        summary: notes.summary,
        highlights: notes.highlights,
        achievementIds: notes.achievementIds,
        updatedAt: new Date(),
      },
    });
}
