// The years a yearly review has something to show for: what the review page offers when a year is empty.
import 'server-only';
import { and, eq, gt, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { firstReviewYear } from '@/lib/review/year';
import { db } from '@/db/client';
import {
  achievements,
  certifications,
  educationEntries,
  feedbackEntries,
  goals,
  personInteractions,
  positions,
  skillAssessments,
  weeklyUpdates,
} from '@/db/schema';

const yearOf = (date: AnyColumn | SQL) => sql<number>`extract(year from ${date})::int`;
/** One row per year from `from`'s year to `to`'s (a year number). */
const yearsFrom = (from: AnyColumn | SQL, to: SQL) => sql<number>`generate_series(${yearOf(from)}, ${to})`.as('year');

/**
 * The years, newest first, up to `currentYear`, in which the user has records a review counts (the same kinds
 * as `hasRecords` in lib/review/review.ts): dated entries in their year; goals from their start to the year
 * they were closed (or now); roles from their start to their end (or now); training hours over the years the
 * entry ran. One query.
 */
export async function listYearsWithRecords(userId: string, currentYear: number): Promise<number[]> {
  const now = sql`${currentYear}::int`;
  const rows = await union(
    db()
      .select({ year: yearOf(achievements.achievedOn).as('year') })
      .from(achievements)
      .where(eq(achievements.userId, userId)),
    db()
      .select({ year: yearOf(weeklyUpdates.weekStart).as('year') })
      .from(weeklyUpdates)
      .where(eq(weeklyUpdates.userId, userId)),
    db()
      .select({ year: yearOf(skillAssessments.assessedOn).as('year') })
      .from(skillAssessments)
      .where(eq(skillAssessments.userId, userId)),
    db()
      .select({ year: yearOf(certifications.earnedOn).as('year') })
      .from(certifications)
      .where(eq(certifications.userId, userId)),
    db()
      .select({ year: yearOf(feedbackEntries.receivedOn).as('year') })
      .from(feedbackEntries)
      .where(eq(feedbackEntries.userId, userId)),
    db()
      .select({ year: yearOf(personInteractions.occurredOn).as('year') })
      .from(personInteractions)
      .where(eq(personInteractions.userId, userId)),
    db()
      .select({ year: yearOf(educationEntries.completedOn).as('year') })
      .from(educationEntries)
      .where(and(eq(educationEntries.userId, userId), isNotNull(educationEntries.completedOn))),
    db()
      .select({
        year: yearsFrom(
          sql`least(coalesce(${educationEntries.startedOn}, ${educationEntries.completedOn}), ${educationEntries.completedOn})`,
          yearOf(educationEntries.completedOn),
        ),
      })
      .from(educationEntries)
      .where(
        and(
          eq(educationEntries.userId, userId),
          isNotNull(educationEntries.completedOn),
          gt(educationEntries.hours, 0),
        ),
      ),
    db()
      .select({
        year: yearsFrom(
          goals.startDate,
          sql`case when ${goals.status} in ('achieved', 'abandoned') then ${yearOf(goals.statusChangedOn)} else ${now} end`,
        ),
      })
      .from(goals)
      .where(eq(goals.userId, userId)),
    db()
      .select({
        year: yearsFrom(positions.startedOn, sql`coalesce(${yearOf(positions.endedOn)}, ${now})`),
      })
      .from(positions)
      .where(eq(positions.userId, userId)),
  );
  return rows
    .map((row) => Number(row.year))
    .filter((year) => year >= firstReviewYear && year <= currentYear)
    .sort((a, b) => b - a);
}
