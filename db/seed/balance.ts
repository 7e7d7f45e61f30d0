// The demo account's work-life balance: long weeks as a support team lead, with a crunch each quarter's
// end; steadier weeks after the move into operations analysis (about 34 weeks ago). Written over the
// reflections the goals' story saved, so every week with a reflection may carry hours and a rating.
import { and, asc, eq, sql } from 'drizzle-orm';
import { dayNumber, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { weeklyReflections } from '@/db/schema';

const analystWeeks = 34;

/** A week's hours and rating; about one week in ten leaves either out, as a person would. */
function demoWeekBalance(weeksAgo: number, draw: () => number): { hours: number | null; balance: number | null } {
  const crunch = weeksAgo % 13 < 2;
  const [baseHours, baseBalance] = weeksAgo < analystWeeks ? [40.5, 3.8] : [46, 2.6];
  const hours = Math.round((baseHours + (crunch ? 6 : 0) + (draw() - 0.5) * 5) * 2) / 2;
  const balance = Math.max(1, Math.min(5, Math.round(baseBalance - (crunch ? 1 : 0) + (draw() - 0.5) * 1.4)));
  return { hours: draw() < 0.1 ? null : hours, balance: draw() < 0.1 ? null : balance };
}

export async function seedDemoBalance(userId: string, today: IsoDate): Promise<void> {
  const weeks = await db()
    .select({ weekStart: weeklyReflections.weekStart })
    .from(weeklyReflections)
    .where(eq(weeklyReflections.userId, userId))
    .orderBy(asc(weeklyReflections.weekStart));
  let seed = 7;
  const draw = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const rows = weeks.map(({ weekStart }) => ({
    weekStart,
    ...demoWeekBalance(Math.floor((dayNumber(today) - dayNumber(weekStart)) / 7), draw),
  }));
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((row) => sql`(${row.weekStart}::date, ${row.hours}::double precision, ${row.balance}::integer)`),
    sql`, `,
  );
  await db()
    .update(weeklyReflections)
    .set({ hoursWorked: sql`story.hours`, balance: sql`story.balance` })
    .from(sql`(values ${values}) as story(week_start, hours, balance)`)
    .where(and(eq(weeklyReflections.userId, userId), sql`${weeklyReflections.weekStart} = story.week_start`));
}
