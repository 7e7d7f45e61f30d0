import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { educationKinds, employmentTypes, howReachedOptions, payBases, skillKinds } from '@/lib/career/vocabulary';
import { editVersion, owner, timestamps } from './columns';

export const skillKind = pgEnum('skill_kind', skillKinds);
export const educationKind = pgEnum('education_kind', educationKinds);
export const employmentType = pgEnum('employment_type', employmentTypes);
export const payBasis = pgEnum('pay_basis', payBases);
export const howReached = pgEnum('how_reached', howReachedOptions);

export const skills = pgTable(
  'skills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    name: text('name').notNull(),
    kind: skillKind('kind').notNull(),
    targetLevel: integer('target_level').notNull(),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('skills_user_name_unique').on(table.userId, sql`lower(${table.name})`),
    check('skills_target_level_range', sql`${table.targetLevel} BETWEEN 1 AND 5`),
  ],
);

// History is kept: a new assessment is a new row; the current level is the latest one.
export const skillAssessments = pgTable(
  'skill_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    level: integer('level').notNull(),
    evidence: text('evidence').notNull().default(''),
    ...timestamps,
  },
  (table) => [
    index('skill_assessments_skill_idx').on(table.skillId, table.assessedOn),
    index('skill_assessments_user_idx').on(table.userId, table.assessedOn),
    check('skill_assessments_level_range', sql`${table.level} BETWEEN 1 AND 5`),
  ],
);

export const educationEntries = pgTable(
  'education_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    kind: educationKind('kind').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull().default(''),
    startedOn: date('started_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    hours: doublePrecision('hours'),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('education_entries_user_idx').on(table.userId, table.completedOn),
    check(
      'education_completed_after_start',
      sql`${table.completedOn} IS NULL OR ${table.startedOn} IS NULL OR ${table.completedOn} >= ${table.startedOn}`,
    ),
    check('education_hours_not_negative', sql`${table.hours} IS NULL OR ${table.hours} >= 0`),
  ],
);

export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    name: text('name').notNull(),
    issuer: text('issuer').notNull().default(''),
    earnedOn: date('earned_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    credentialId: text('credential_id').notNull().default(''),
    credentialUrl: text('credential_url'),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('certifications_user_idx').on(table.userId, table.earnedOn),
    check(
      'certifications_expiry_after_earning',
      sql`${table.expiresOn} IS NULL OR ${table.expiresOn} >= ${table.earnedOn}`,
    ),
    check('certifications_url_http', sql`${table.credentialUrl} IS NULL OR ${table.credentialUrl} ~ '^https?://'`),
  ],
);

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    title: text('title').notNull(),
    employer: text('employer').notNull(),
    level: text('level').notNull().default(''),
    employmentType: employmentType('employment_type').notNull(),
    payBasis: payBasis('pay_basis').notNull(),
    hasBonus: boolean('has_bonus').notNull().default(false),
    hasStockOptions: boolean('has_stock_options').notNull().default(false),
    hasBenefits: boolean('has_benefits').notNull().default(false),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    howReached: howReached('how_reached').notNull(),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('positions_user_idx').on(table.userId, table.startedOn),
    // Several current roles may overlap, but a path has one first role.
    uniqueIndex('positions_one_first_role')
      .on(table.userId)
      .where(sql`${table.howReached} = 'first_role'`),
    check('positions_end_after_start', sql`${table.endedOn} IS NULL OR ${table.endedOn} >= ${table.startedOn}`),
  ],
);

export type Skill = typeof skills.$inferSelect;
export type SkillAssessment = typeof skillAssessments.$inferSelect;
export type EducationEntry = typeof educationEntries.$inferSelect;
export type Certification = typeof certifications.$inferSelect;
export type Position = typeof positions.$inferSelect;
