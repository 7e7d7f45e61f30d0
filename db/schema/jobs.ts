import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const jobStatuses = ['pending', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * The background job queue (docs/jobs.md). A pending job is due once `run_at` has passed and it holds no
 * live lease (`locked_until`); `attempts` counts claims, so it also serves as the fencing token of a lease.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    version: integer('version').notNull(),
    // Null for jobs that belong to no user; a user's jobs go with the user.
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').notNull(),
    idempotencyKey: text('idempotency_key'),
    status: text('status', { enum: jobStatuses }).notNull().default('pending'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // NULL keys never collide, so jobs without a key are never deduplicated.
    uniqueIndex('jobs_name_idempotency_key_unique').on(table.name, table.idempotencyKey),
    // Only pending jobs are polled; finished ones stay out of the index however many pile up.
    index('jobs_pending_run_at_idx')
      .on(table.runAt)
      .where(sql`${table.status} = 'pending'`),
    index('jobs_user_id_idx').on(table.userId),
    check('jobs_status_known', sql`${table.status} IN ('pending', 'done', 'failed')`),
    check('jobs_max_attempts_positive', sql`${table.maxAttempts} >= 1`),
  ],
);
