import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { goalCategories, goalHorizons, goalStatuses, goalTargetKinds } from '@/lib/goals/vocabulary';
import { editVersion, owner, timestamps } from './columns';

export const goalHorizon = pgEnum('goal_horizon', goalHorizons);
export const goalCategory = pgEnum('goal_category', goalCategories);
export const goalTargetKind = pgEnum('goal_target_kind', goalTargetKinds);
export const goalStatus = pgEnum('goal_status', goalStatuses);

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    title: text('title').notNull(),
    purpose: text('purpose').notNull().default(''),
    horizon: goalHorizon('horizon').notNull(),
    category: goalCategory('category').notNull(),
    targetKind: goalTargetKind('target_kind').notNull(),
    // Numeric goals only: from start to target, in unit ("courses 0 → 4").
    startValue: doublePrecision('start_value'),
    targetValue: doublePrecision('target_value'),
    unit: text('unit'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    status: goalStatus('status').notNull().default('active'),
    statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
    // A short-term goal may serve one long-term goal; queries check both belong to the same user.
    parentGoalId: uuid('parent_goal_id'),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('goals_user_status_idx').on(table.userId, table.status),
    index('goals_parent_idx').on(table.parentGoalId),
    foreignKey({ name: 'goals_parent_goal_fk', columns: [table.parentGoalId], foreignColumns: [table.id] }).onDelete(
      'set null',
    ),
    check('goals_target_after_start', sql`${table.targetDate} IS NULL OR ${table.targetDate} >= ${table.startDate}`),
  ],
);

export const goalMilestones = pgTable(
  'goal_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    // The week it was ticked off in; null while open. Progress at week W counts those ticked by W.
    completedWeek: date('completed_week', { mode: 'string' }),
    ...timestamps,
  },
  (table) => [
    index('goal_milestones_goal_idx').on(table.goalId, table.position),
    index('goal_milestones_user_idx').on(table.userId),
  ],
);

export const weeklyUpdates = pgTable(
  'weekly_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    // Numeric goals: the value reached. Done goals: 1 when done, else 0. Milestone goals: null.
    value: doublePrecision('value'),
    confidence: integer('confidence').notNull(),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('weekly_updates_goal_week_unique').on(table.goalId, table.weekStart),
    index('weekly_updates_user_week_idx').on(table.userId, table.weekStart),
    check('weekly_updates_confidence_range', sql`${table.confidence} BETWEEN 1 AND 5`),
  ],
);

export const weeklyReflections = pgTable(
  'weekly_reflections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    alignment: integer('alignment').notNull(),
    note: text('note').notNull().default(''),
    highlight: text('highlight').notNull().default(''),
    // Work-life balance, both optional: hours worked that week (at most one decimal) and a rating 1–5.
    hoursWorked: doublePrecision('hours_worked'),
    balance: integer('balance'),
    // The week's version: every save of the week writes this row (saveWeek).
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('weekly_reflections_user_week_unique').on(table.userId, table.weekStart),
    check('weekly_reflections_alignment_range', sql`${table.alignment} BETWEEN 1 AND 5`),
    check('weekly_reflections_balance_range', sql`${table.balance} BETWEEN 1 AND 5`),
    check('weekly_reflections_hours_worked_range', sql`${table.hoursWorked} BETWEEN 0 AND 120`),
  ],
);

export type Goal = typeof goals.$inferSelect;
export type GoalMilestone = typeof goalMilestones.$inferSelect;
export type WeeklyUpdate = typeof weeklyUpdates.$inferSelect;
export type WeeklyReflection = typeof weeklyReflections.$inferSelect;
