// Everything the yearly review reads, in a fixed number of queries.
import { and, eq } from 'drizzle-orm';
import { buildYearlyReview, type YearlyReview } from '@/lib/review';
import { firstCountedWeek } from '@/lib/weekly';
import { localDate } from '@/lib/weeks';
import type { ReviewNotes } from '@/lib/validation/review';
import { db } from '../client';
import { yearlyReviews } from '../schema';
import type { UserProfile } from './users';
import { listCertifications, listEducation, listPositions, listSkillsWithLevels } from './career';
import { listGoalFactsOn, listGoals } from './goals';
import { loadTrajectorySeries } from './trajectory';
import { listReflectionsWithHighlightsIn, listWeeksWithUpdates } from './weekly';

export async function loadYearlyReview(user: Pick<UserProfile, 'id' | 'weekStartsOn' | 'timeZone' | 'createdAt'>, year: number, today: string): Promise<YearlyReview> {
  const yearEnd = `${year}-12-31`;
  const end = today < yearEnd ? today : yearEnd;
  const [goals, factsAtStart, factsAtEnd, skills, education, certifications, positions, weeksWithUpdates, reflections, index] = await Promise.all([
    listGoals(user.id),
    listGoalFactsOn(user.id, `${year - 1}-12-31`),
    listGoalFactsOn(user.id, end),
    listSkillsWithLevels(user.id, end),
    listEducation(user.id),
    listCertifications(user.id),
    listPositions(user.id),
    listWeeksWithUpdates(user.id),
    listReflectionsWithHighlightsIn(user.id, `${year}-01-01`, end),
    end < `${year}-01-01` ? Promise.resolve([]) : loadTrajectorySeries(user.id, `${year - 1}-12`, end.slice(0, 7)),
  ]);
  return buildYearlyReview({
    year,
    today,
    weekStartsOn: user.weekStartsOn,
    goals,
    factsAtStart,
    factsAtEnd,
    skills,
    education,
    certifications,
    positions,
    weeksWithUpdates,
    firstCountedWeek: firstCountedWeek(localDate(user.createdAt, user.timeZone), weeksWithUpdates, user.weekStartsOn),
    reflections,
    index,
  });
}

export async function findReviewNotes(userId: string, year: number): Promise<{ summary: string; highlights: string[] }> {
  const [row] = await db()
    .select({ summary: yearlyReviews.summary, highlights: yearlyReviews.highlights })
    .from(yearlyReviews)
    .where(and(eq(yearlyReviews.userId, userId), eq(yearlyReviews.year, year)));
  return row ?? { summary: '', highlights: [] };
}

export async function saveReviewNotes(userId: string, notes: ReviewNotes): Promise<void> {
  await db()
    .insert(yearlyReviews)
    .values({ userId, ...notes })
    .onConflictDoUpdate({ target: [yearlyReviews.userId, yearlyReviews.year], set: { summary: notes.summary, highlights: notes.highlights, updatedAt: new Date() } });
}
