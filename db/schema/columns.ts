import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** The owner of a row; deleting the user deletes the row. */
export const owner = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * The version of a record a form edits: raised by every save, and a save goes through only over the version
 * its form was loaded from, so an edit from another tab is never silently overwritten (db/edit-version.ts).
 */
export const editVersion = () => integer('version').notNull().default(1);
