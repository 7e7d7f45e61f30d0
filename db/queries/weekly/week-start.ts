// Weeks are stored by the date they start on, so a new week start moves every recorded week with it.
import 'server-only';
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { WeekStartDay } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { goalMilestones, weeklyReflections, weeklyUpdates } from '@/db/schema';

/** The first day, by the new week start, of the week a stored date falls in (as weekStartOf computes it). */
const startOfWeekHolding = (column: PgColumn, weekStartsOn: WeekStartDay): SQL =>
  sql`(${column} - ((extract(dow from ${column})::int - ${weekStartsOn}::int + 7) % 7))`;

/**
 * Moves the user's recorded weeks (updates, reflections, completed milestones) to the day their week now
 * starts on, each to the start of the week it falls in. Weeks recorded under one week start are seven days
 * apart, so each lands in a week of its own: nothing merges, and no week moves into the future. Without
 * this, the weekly pages would no longer find them and their export would not import again.
 */
export async function moveRecordedWeeks(userId: string, weekStartsOn: WeekStartDay): Promise<void> {
  await db()
    .update(weeklyUpdates)
    .set({ weekStart: startOfWeekHolding(weeklyUpdates.weekStart, weekStartsOn) })
    .where(
      and(
        eq(weeklyUpdates.userId, userId),
        sql`${weeklyUpdates.weekStart} <> ${startOfWeekHolding(weeklyUpdates.weekStart, weekStartsOn)}`,
      ),
    );
  await db()
    .update(weeklyReflections)
    .set({ weekStart: startOfWeekHolding(weeklyReflections.weekStart, weekStartsOn) })
    .where(
      and(
        eq(weeklyReflections.userId, userId),
        sql`${weeklyReflections.weekStart} <> ${startOfWeekHolding(weeklyReflections.weekStart, weekStartsOn)}`,
      ),
    );
  await db()
    .update(goalMilestones)
    .set({ completedWeek: startOfWeekHolding(goalMilestones.completedWeek, weekStartsOn) })
    .where(
      and(
        eq(goalMilestones.userId, userId),
        isNotNull(goalMilestones.completedWeek),
        sql`${goalMilestones.completedWeek} <> ${startOfWeekHolding(goalMilestones.completedWeek, weekStartsOn)}`,
      ),
    );
}
