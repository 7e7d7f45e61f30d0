import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Requirement } from '@/lib/next-role/profile-schema';
import { editVersion, owner, timestamps } from './columns';
import { goals } from './goals';

/** A role the user aims at (docs/next-role.md); at most one is current. */
export const targetRoles = pgTable(
  'target_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    title: text('title').notNull(),
    level: text('level').notNull().default(''),
    summary: text('summary').notNull().default(''),
    isCurrent: boolean('is_current').notNull().default(false),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('target_roles_user_idx').on(table.userId),
    uniqueIndex('target_roles_one_current_idx')
      .on(table.userId)
      .where(sql`${table.isCurrent}`),
  ],
);

/**
 * One requirement of a target role, in the order the profile lists them. The requirement itself is the
 * object lib/next-role/profile-schema.ts validates; it is kept whole so the file format and the table
 * cannot drift apart. Edits keep the row (and so its self-ratings and goals).
 */
export const roleRequirements = pgTable(
  'role_requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    targetRoleId: uuid('target_role_id')
      .notNull()
      .references(() => targetRoles.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    requirement: jsonb('requirement').$type<Requirement>().notNull(),
  },
  (table) => [index('role_requirements_role_idx').on(table.targetRoleId, table.ordinal)],
);

/** How the user rated themselves against an expectation, once a day at most. */
export const requirementSelfRatings = pgTable(
  'requirement_self_ratings',
  {
    userId: owner(),
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => roleRequirements.id, { onDelete: 'cascade' }),
    ratedOn: date('rated_on', { mode: 'string' }).notNull(),
    rating: integer('rating').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requirementId, table.ratedOn] }),
    check('requirement_self_ratings_rating', sql`${table.rating} BETWEEN 1 AND 5`),
  ],
);

/** The goals made from a requirement's gap; achieved, they show as its evidence. */
export const requirementGoals = pgTable(
  'requirement_goals',
  {
    userId: owner(),
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => roleRequirements.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.requirementId, table.goalId] }),
    index('requirement_goals_goal_idx').on(table.goalId),
  ],
);

/**
 * Readiness for a target role at each month end, stored like trajectory_points: current only while its
 * history_version equals users.history_version and its rules_version the code's (readinessValue in
 * db/loaders/derived-values.ts).
 */
export const readinessPoints = pgTable(
  'readiness_points',
  {
    userId: owner(),
    targetRoleId: uuid('target_role_id')
      .notNull()
      .references(() => targetRoles.id, { onDelete: 'cascade' }),
    monthEnd: date('month_end', { mode: 'string' }).notNull(),
    historyVersion: integer('history_version').notNull(),
    rulesVersion: integer('rules_version').notNull(),
    percent: integer('percent').notNull(),
  },
  (table) => [primaryKey({ columns: [table.targetRoleId, table.monthEnd] })],
);
