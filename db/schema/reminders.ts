import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

// A user's reminder mails (docs/jobs.md, "Reminders"). No row means every reminder is off: nobody gets a
// mail they did not ask for. The planner reads only rows with something on, through the partial index.
export const reminderSettings = pgTable(
  'reminder_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    weeklyOn: boolean('weekly_on').notNull().default(false),
    // 0 = Sunday … 6 = Saturday, and the hour (0–23), in the user's own time zone.
    weeklyDay: integer('weekly_day').notNull().default(5),
    weeklyHour: integer('weekly_hour').notNull().default(16),
    certificationsOn: boolean('certifications_on').notNull().default(false),
    goalsOn: boolean('goals_on').notNull().default(false),
    // The local date of the last weekly reminder sent, so a new reminder day cannot send a second one that week.
    weeklyLastSentOn: date('weekly_last_sent_on', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    index('reminder_settings_any_on_idx')
      .on(table.userId)
      .where(sql`${table.weeklyOn} OR ${table.certificationsOn} OR ${table.goalsOn}`),
    check('reminder_settings_weekly_day_range', sql`${table.weeklyDay} BETWEEN 0 AND 6`),
    check('reminder_settings_weekly_hour_range', sql`${table.weeklyHour} BETWEEN 0 AND 23`),
  ],
);

export type ReminderSettingsRow = typeof reminderSettings.$inferSelect;
