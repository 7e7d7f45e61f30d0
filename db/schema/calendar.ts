import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

// One row per user whose calendar feed is on. Only the SHA-256 of the URL's secret is kept, so a copy of the
// database does not hold working feed URLs; a new link replaces the hash, turning the feed off deletes the row.
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('calendar_feeds_secret_hash_unique').on(table.secretHash)],
);
