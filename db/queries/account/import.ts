// An export file loaded into an empty account, in one transaction, every row under new ids.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AccountExport } from '@/lib/account/export-schema';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { accountNotFound } from '@/db/queries/account/users';
import { importPeopleAndFeedback } from '@/db/queries/account/import-people';
import { importTargetRoles } from '@/db/queries/account/export-roles';
import { saveReminderChoices } from '@/db/queries/reminders/settings';
import { parseTags } from '@/lib/achievements/tags';
import {
  achievementGoals,
  achievements,
  achievementSkills,
  certifications,
  educationEntries,
  feedbackEntries,
  goalMilestones,
  goals,
  payRecords,
  people,
  positions,
  skillAssessments,
  skills,
  targetRoles,
  users,
  weeklyReflections,
  weeklyUpdates,
  yearlyReviews,
} from '@/db/schema';

const dates = (row: { createdAt: string; updatedAt: string }) => ({
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
});

/** Inserts in chunks: PostgreSQL takes at most 65,535 parameters per statement. */
async function insertAll<T extends PgTable>(table: T, rows: T['$inferInsert'][]) {
  for (let start = 0; start < rows.length; start += 1000)
    await db()
      .insert(table)
      .values(rows.slice(start, start + 1000));
}

/**
 * Imports an already validated export into the user's account, all or nothing. Every row gets a new
 * id and the importing user as its owner, whatever the file says; refused unless the account is empty.
 */
export async function importAccount(userId: string, file: AccountExport): Promise<void> {
  await inTransaction(async () => {
    // Locks the user's row, so two imports at once cannot both find the account empty.
    const [user] = await db().select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw accountNotFound();
    if (await hasAnyRecord(userId)) {
      throw new AppError('conflict', 'Import only works into an empty account: this one already has records.', 'file');
    }

    await db()
      .update(users)
      .set({ name: file.profile.name, timeZone: file.profile.timeZone, weekStartsOn: file.profile.weekStartsOn })
      .where(eq(users.id, userId));
    if (file.reminders) await saveReminderChoices(userId, file.reminders);
    const goalIds = new Map(file.goals.map((goal) => [goal.ref, randomUUID()]));
    const goalId = (ref: string) => goalIds.get(ref) ?? '';
    await insertAll(
      goals,
      file.goals.map(({ ref, parentRef, milestones: _milestones, updates: _updates, ...goal }) => ({
        ...goal,
        ...dates(goal),
        id: goalId(ref),
        userId,
        parentGoalId: parentRef === null ? null : goalId(parentRef),
      })),
    );
    await insertAll(
      goalMilestones,
      file.goals.flatMap((goal) =>
        goal.milestones.map((milestone) => ({ ...milestone, ...dates(milestone), userId, goalId: goalId(goal.ref) })),
      ),
    );
    await insertAll(
      weeklyUpdates,
      file.goals.flatMap((goal) =>
        goal.updates.map((update) => ({ ...update, ...dates(update), userId, goalId: goalId(goal.ref) })),
      ),
    );
    await insertAll(
      weeklyReflections,
      file.reflections.map((row) => ({ ...row, ...dates(row), userId })),
    );
    const skillIds = file.skills.map(() => randomUUID());
    await insertAll(
      skills,
      file.skills.map(({ assessments: _assessments, ...skill }, index) => ({
        ...skill,
        ...dates(skill),
        id: skillIds[index],
        userId,
      })),
    );
    await insertAll(
      skillAssessments,
      file.skills.flatMap((skill, index) =>
        skill.assessments.map((row) => ({ ...row, ...dates(row), userId, skillId: skillIds[index] ?? '' })),
      ),
    );
    await insertAll(
      educationEntries,
      file.education.map((row) => ({ ...row, ...dates(row), userId })),
    );
    await insertAll(
      certifications,
      file.certifications.map((row) => ({ ...row, ...dates(row), userId })),
    );
    const positionIds = file.positions.map(() => randomUUID());
    await insertAll(
      positions,
      file.positions.map(({ payRecords: _payRecords, ...row }, index) => ({
        ...row,
        ...dates(row),
        id: positionIds[index],
        userId,
      })),
    );
    await insertAll(
      payRecords,
      file.positions.flatMap((position, index) =>
        position.payRecords.map((row) => ({ ...row, ...dates(row), userId, positionId: positionIds[index] ?? '' })),
      ),
    );
    const achievementIds = new Map(file.achievements.map((row) => [row.ref, randomUUID()]));
    await insertAll(
      yearlyReviews,
      file.reviews.map(({ achievementRefs, ...row }) => ({
        ...row,
        ...dates(row),
        userId,
        achievementIds: achievementRefs?.flatMap((ref) => achievementIds.get(ref) ?? []) ?? null,
      })),
    );
    await importAchievements(userId, file, {
      achievementIds,
      goalId,
      skillIds: new Map(file.skills.map((skill, index) => [skill.name.toLowerCase(), skillIds[index] ?? ''])),
    });
    const skillIdByName = new Map(file.skills.map((skill, index) => [skill.name.toLowerCase(), skillIds[index] ?? '']));
    await importPeopleAndFeedback(userId, file, goalId, skillIdByName, insertAll);
    await importTargetRoles(userId, file, goalId, insertAll);
  });
}

/** The achievements and their links, to the new ids of the goals, skills and positions just imported. */
async function importAchievements(
  userId: string,
  file: AccountExport,
  ids: { achievementIds: Map<string, string>; goalId: (ref: string) => string; skillIds: Map<string, string> },
) {
  if (file.achievements.length === 0) return;
  const positionKey = (position: { employer: string; title: string; startedOn: string }) =>
    JSON.stringify([position.employer, position.title, position.startedOn]);
  const importedPositions = await db()
    .select({ id: positions.id, employer: positions.employer, title: positions.title, startedOn: positions.startedOn })
    .from(positions)
    .where(eq(positions.userId, userId));
  const positionIds = new Map(importedPositions.map((position) => [positionKey(position), position.id]));
  const achievementId = (ref: string) => ids.achievementIds.get(ref) ?? '';
  await insertAll(
    achievements,
    file.achievements.map(({ ref, position, goalRefs: _goals, skills: _skills, tags, ...row }) => ({
      ...row,
      ...dates(row),
      id: achievementId(ref),
      userId,
      positionId: position === null ? null : (positionIds.get(positionKey(position)) ?? null),
      tags: parseTags(tags.join(',')),
    })),
  );
  await insertAll(
    achievementGoals,
    file.achievements.flatMap((row) =>
      [...new Set(row.goalRefs)].map((ref) => ({
        userId,
        achievementId: achievementId(row.ref),
        goalId: ids.goalId(ref),
      })),
    ),
  );
  await insertAll(
    achievementSkills,
    file.achievements.flatMap((row) =>
      [...new Set(row.skills.map((name) => ids.skillIds.get(name.toLowerCase()) ?? ''))].map((skillId) => ({
        userId,
        achievementId: achievementId(row.ref),
        skillId,
      })),
    ),
  );
}

/** True when the user has recorded anything at all. */
export async function hasAnyRecord(userId: string): Promise<boolean> {
  const [row] = await db()
    .select({
      any: sql<boolean>`(
        exists (select 1 from ${goals} where ${goals.userId} = ${userId}) or
        exists (select 1 from ${weeklyReflections} where ${weeklyReflections.userId} = ${userId}) or
        exists (select 1 from ${skills} where ${skills.userId} = ${userId}) or
        exists (select 1 from ${educationEntries} where ${educationEntries.userId} = ${userId}) or
        exists (select 1 from ${certifications} where ${certifications.userId} = ${userId}) or
        exists (select 1 from ${positions} where ${positions.userId} = ${userId}) or
        exists (select 1 from ${yearlyReviews} where ${yearlyReviews.userId} = ${userId}) or
        exists (select 1 from ${achievements} where ${achievements.userId} = ${userId}) or
        exists (select 1 from ${people} where ${people.userId} = ${userId}) or
        exists (select 1 from ${feedbackEntries} where ${feedbackEntries.userId} = ${userId}) or
        exists (select 1 from ${targetRoles} where ${targetRoles.userId} = ${userId})
      )`,
    })
    .from(sql`(select 1) as one`);
  return Boolean(row?.any);
}
