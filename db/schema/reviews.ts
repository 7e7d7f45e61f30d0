import { integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { owner, timestamps } from './columns';

/** What the user wrote for a year's review: a summary and the highlights they picked. */
export const yearlyReviews = pgTable(
  'yearly_reviews',
  {
    userId: owner(),
    year: integer('year').notNull(),
    summary: text('summary').notNull().default(''),
    highlights: jsonb('highlights').$type<string[]>().notNull().default([]),
    // The achievements picked to lead the review; null until the user picks, when all of the year's lead it.
    achievementIds: jsonb('achievement_ids').$type<string[] | null>(),
    ...timestamps,
  },
  (table) => [primaryKey({ columns: [table.userId, table.year] })],
);
