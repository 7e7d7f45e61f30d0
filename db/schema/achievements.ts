import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { editVersion, owner, timestamps } from './columns';
import { positions, skills } from './career';
import { goals } from './goals';

/**
 * A brag-document entry: what happened, its impact, an optional measured result, and the position it
 * belongs to. Queries check the position is the same user's; deleting the position keeps the achievement.
 */
export const achievements = pgTable(
  'achievements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    title: text('title').notNull(),
    impact: text('impact').notNull().default(''),
    // The measured result, all or none: "p95 latency 900 → 250 ms".
    metric: text('metric').notNull().default(''),
    valueBefore: doublePrecision('value_before'),
    valueAfter: doublePrecision('value_after'),
    unit: text('unit').notNull().default(''),
    achievedOn: date('achieved_on', { mode: 'string' }).notNull(),
    positionId: uuid('position_id').references(() => positions.id, { onDelete: 'set null' }),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('achievements_user_date_idx').on(table.userId, table.achievedOn),
    index('achievements_position_idx').on(table.positionId),
  ],
);

/** The goals an achievement served; rows carry the owner so every read and write is scoped by it. */
export const achievementGoals = pgTable(
  'achievement_goals',
  {
    userId: owner(),
    achievementId: uuid('achievement_id')
      .notNull()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.achievementId, table.goalId] }),
    index('achievement_goals_goal_idx').on(table.goalId),
  ],
);

/** The skills an achievement shows. */
export const achievementSkills = pgTable(
  'achievement_skills',
  {
    userId: owner(),
    achievementId: uuid('achievement_id')
      .notNull()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.achievementId, table.skillId] }),
    index('achievement_skills_skill_idx').on(table.skillId),
  ],
);

export type Achievement = typeof achievements.$inferSelect;
