import { date, integer, jsonb, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import type { TrajectoryFactorValues } from '@/lib/trajectory/trajectory-index';
import { owner } from './columns';

/**
 * The trajectory index at each month end (and, for the month still running, at each of its days from the
 * one it was computed on: that month is judged as of today), computed once and reused while the user's
 * history is unchanged: a point is current only when its history_version equals
 * users.history_version and its rules_version equals the code's trajectoryRulesVersion
 * (trajectoryIndexValue in db/loaders/derived-values.ts).
 */
export const trajectoryPoints = pgTable(
  'trajectory_points',
  {
    userId: owner(),
    monthEnd: date('month_end', { mode: 'string' }).notNull(),
    historyVersion: integer('history_version').notNull(),
    rulesVersion: integer('rules_version').notNull(),
    // Null when there was not enough data at that month yet.
    factorValues: jsonb('factor_values').$type<TrajectoryFactorValues | null>(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.monthEnd] })],
);
