import { integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { owner } from './columns';

/**
 * Values derived from a user's history, stored under a name and reused while users.history_version
 * and `params` (the version of the value's rules and what else it depends on, such as the date) are
 * unchanged. The values and the tables they read are listed in db/loaders/derived-values.ts.
 */
export const historyCache = pgTable(
  'history_cache',
  {
    userId: owner(),
    name: text('name').notNull(),
    params: text('params').notNull(),
    historyVersion: integer('history_version').notNull(),
    value: jsonb('value').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.name] })],
);
