// The import of the export's people and feedback, inside importAccount's transaction, after goals and skills.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AccountExport } from '@/lib/account/export-schema';
import { feedbackEntries, feedbackSkills, people, personGoals, personInteractions } from '@/db/schema';

const dates = (row: { createdAt: string; updatedAt: string }) => ({
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
});

type Insert = <T extends PgTable>(table: T, rows: T['$inferInsert'][]) => Promise<void>;

/**
 * `goalId` turns a goal's ref into its new id, `skillIdByName` a skill's lower-cased name into its new id:
 * the file's rules (lib/account/export-people-schema.ts) made sure each one names a record of the file.
 */
export async function importPeopleAndFeedback(
  userId: string,
  file: Pick<AccountExport, 'people' | 'feedback'>,
  goalId: (ref: string) => string,
  skillIdByName: Map<string, string>,
  insertAll: Insert,
): Promise<void> {
  const personIds = new Map(file.people.map((person) => [person.ref, randomUUID()]));
  const personId = (ref: string) => personIds.get(ref) ?? '';
  await insertAll(
    people,
    file.people.map(({ ref, goalRefs: _goalRefs, interactions: _interactions, ...person }) => ({
      ...person,
      ...dates(person),
      id: personId(ref),
      userId,
    })),
  );
  await insertAll(
    personInteractions,
    file.people.flatMap((person) =>
      person.interactions.map((row) => ({ ...row, ...dates(row), userId, personId: personId(person.ref) })),
    ),
  );
  await insertAll(
    personGoals,
    file.people.flatMap((person) =>
      [...new Set(person.goalRefs)].map((ref) => ({ userId, personId: personId(person.ref), goalId: goalId(ref) })),
    ),
  );
  const feedbackIds = file.feedback.map(() => randomUUID());
  await insertAll(
    feedbackEntries,
    file.feedback.map(({ personRef, skillNames: _skillNames, ...entry }, index) => ({
      ...entry,
      ...dates(entry),
      id: feedbackIds[index],
      userId,
      personId: personRef === null ? null : personId(personRef),
    })),
  );
  await insertAll(
    feedbackSkills,
    file.feedback.flatMap((entry, index) =>
      [...new Set(entry.skillNames.map((name) => skillIdByName.get(name.toLowerCase()) ?? ''))].map((skillId) => ({
        userId,
        feedbackId: feedbackIds[index] ?? '',
        skillId,
      })),
    ),
  );
}
