// Feedback the user received and the people they keep in touch with (issue 14, items 3 and 5).
import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { feedbackKinds, feedbackRelations } from '@/lib/feedback/vocabulary';
import { interactionKinds, personRelations } from '@/lib/people/vocabulary';
import { skills } from './career';
import { editVersion, owner, timestamps } from './columns';
import { goals } from './goals';

export const personRelation = pgEnum('person_relation', personRelations);
export const interactionKind = pgEnum('interaction_kind', interactionKinds);
export const feedbackRelation = pgEnum('feedback_relation', feedbackRelations);
export const feedbackKind = pgEnum('feedback_kind', feedbackKinds);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    name: text('name').notNull(),
    relation: personRelation('relation').notNull(),
    whereMet: text('where_met').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [index('people_user_idx').on(table.userId, table.name)],
);

export const personInteractions = pgTable(
  'person_interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    kind: interactionKind('kind').notNull(),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (table) => [
    index('person_interactions_person_idx').on(table.personId, table.occurredOn),
    index('person_interactions_user_idx').on(table.userId, table.occurredOn),
  ],
);

// A person linked to goals of the network category; queries check both belong to the same user.
export const personGoals = pgTable(
  'person_goals',
  {
    userId: owner(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ name: 'person_goals_pk', columns: [table.personId, table.goalId] }),
    index('person_goals_goal_idx').on(table.goalId),
  ],
);

export const feedbackEntries = pgTable(
  'feedback_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    // The giver as the user wrote it; a person of the People page may be linked besides.
    fromName: text('from_name').notNull(),
    relation: feedbackRelation('relation').notNull(),
    kind: feedbackKind('kind').notNull(),
    text: text('text').notNull(),
    personId: uuid('person_id'),
    version: editVersion(),
    ...timestamps,
  },
  (table) => [
    index('feedback_entries_user_idx').on(table.userId, table.receivedOn),
    index('feedback_entries_person_idx').on(table.personId),
    foreignKey({
      name: 'feedback_entries_person_fk',
      columns: [table.personId],
      foreignColumns: [people.id],
    }).onDelete('set null'),
    check('feedback_entries_text_not_empty', sql`length(${table.text}) > 0`),
  ],
);

export const feedbackSkills = pgTable(
  'feedback_skills',
  {
    userId: owner(),
    feedbackId: uuid('feedback_id')
      .notNull()
      .references(() => feedbackEntries.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ name: 'feedback_skills_pk', columns: [table.feedbackId, table.skillId] }),
    index('feedback_skills_skill_idx').on(table.skillId),
  ],
);

export type Person = typeof people.$inferSelect;
export type PersonInteraction = typeof personInteractions.$inferSelect;
export type FeedbackEntry = typeof feedbackEntries.$inferSelect;
