// The user's data as a whole: export it, import it into an empty account, delete the account.
// docs/export-format.md describes the file.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { groupBy } from '@/lib/group-by';
import { exportFormat, exportVersion, type AccountExport } from '@/lib/account/export-schema';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { accountNotFound } from '@/db/queries/account/users';
import {
  certifications,
  educationEntries,
  goalMilestones,
  goals,
  positions,
  signInFailures,
  skillAssessments,
  skills,
  users,
  weeklyReflections,
  weeklyUpdates,
  yearlyReviews,
} from '@/db/schema';

const iso = (date: Date) => date.toISOString();
const times = (row: { createdAt: Date; updatedAt: Date }) => ({ createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) });

/** Everything the user recorded, in the documented format; undefined when the user does not exist. */
export async function exportAccount(userId: string, now = new Date()): Promise<AccountExport | undefined> {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  if (!user) return undefined;
  const [goalRows, milestoneRows, updateRows, reflectionRows, skillRows, assessmentRows, educationRows, certificationRows, positionRows, reviewRows] = await Promise.all([
    db().select().from(goals).where(eq(goals.userId, userId)).orderBy(asc(goals.createdAt), asc(goals.title), asc(goals.id)),
    db().select().from(goalMilestones).where(eq(goalMilestones.userId, userId)).orderBy(asc(goalMilestones.position), asc(goalMilestones.createdAt)),
    db().select().from(weeklyUpdates).where(eq(weeklyUpdates.userId, userId)).orderBy(asc(weeklyUpdates.weekStart)),
    db().select().from(weeklyReflections).where(eq(weeklyReflections.userId, userId)).orderBy(asc(weeklyReflections.weekStart)),
    db().select().from(skills).where(eq(skills.userId, userId)).orderBy(sql`lower(${skills.name})`),
    db().select().from(skillAssessments).where(eq(skillAssessments.userId, userId)).orderBy(asc(skillAssessments.assessedOn), asc(skillAssessments.createdAt), asc(skillAssessments.level)),
    db().select().from(educationEntries).where(eq(educationEntries.userId, userId)).orderBy(asc(educationEntries.createdAt), asc(educationEntries.title), asc(educationEntries.completedOn)),
    db().select().from(certifications).where(eq(certifications.userId, userId)).orderBy(asc(certifications.earnedOn), asc(certifications.name), asc(certifications.createdAt)),
    db().select().from(positions).where(eq(positions.userId, userId)).orderBy(asc(positions.startedOn), asc(positions.title), asc(positions.createdAt)),
    db().select().from(yearlyReviews).where(eq(yearlyReviews.userId, userId)).orderBy(asc(yearlyReviews.year)),
  ]);
  const milestonesByGoal = groupBy(milestoneRows, (row) => row.goalId);
  const updatesByGoal = groupBy(updateRows, (row) => row.goalId);
  const assessmentsBySkill = groupBy(assessmentRows, (row) => row.skillId);

  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: iso(now),
    profile: { name: user.name, email: user.email, timeZone: user.timeZone, weekStartsOn: user.weekStartsOn },
    goals: goalRows.map((goal) => ({
      ref: goal.id,
      title: goal.title,
      purpose: goal.purpose,
      horizon: goal.horizon,
      category: goal.category,
      targetKind: goal.targetKind,
      startValue: goal.startValue,
      targetValue: goal.targetValue,
      unit: goal.unit,
      startDate: goal.startDate,
      targetDate: goal.targetDate,
      status: goal.status,
      statusChangedOn: goal.statusChangedOn,
      parentRef: goal.parentGoalId,
      ...times(goal),
      milestones: (milestonesByGoal.get(goal.id) ?? []).map((milestone) => ({ title: milestone.title, position: milestone.position, completedWeek: milestone.completedWeek, ...times(milestone) })),
      updates: (updatesByGoal.get(goal.id) ?? []).map((update) => ({ weekStart: update.weekStart, value: update.value, confidence: update.confidence, note: update.note, ...times(update) })),
    })),
    reflections: reflectionRows.map((row) => ({ weekStart: row.weekStart, alignment: row.alignment, note: row.note, highlight: row.highlight, ...times(row) })),
    skills: skillRows.map((skill) => ({
      name: skill.name,
      kind: skill.kind,
      targetLevel: skill.targetLevel,
      ...times(skill),
      assessments: (assessmentsBySkill.get(skill.id) ?? []).map((row) => ({ assessedOn: row.assessedOn, level: row.level, evidence: row.evidence, ...times(row) })),
    })),
    education: educationRows.map((row) => ({ kind: row.kind, title: row.title, provider: row.provider, startedOn: row.startedOn, completedOn: row.completedOn, hours: row.hours, ...times(row) })),
    certifications: certificationRows.map((row) => ({
      name: row.name,
      issuer: row.issuer,
      earnedOn: row.earnedOn,
      expiresOn: row.expiresOn,
      credentialId: row.credentialId,
      credentialUrl: row.credentialUrl,
      ...times(row),
    })),
    positions: positionRows.map((row) => ({
      title: row.title,
      employer: row.employer,
      level: row.level,
      employmentType: row.employmentType,
      payBasis: row.payBasis,
      hasBonus: row.hasBonus,
      hasStockOptions: row.hasStockOptions,
      hasBenefits: row.hasBenefits,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      howReached: row.howReached,
      ...times(row),
    })),
    reviews: reviewRows.map((row) => ({ year: row.year, summary: row.summary, highlights: row.highlights, ...times(row) })),
  };
}

const dates = (row: { createdAt: string; updatedAt: string }) => ({ createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) });

/** Inserts in chunks: PostgreSQL takes at most 65,535 parameters per statement. */
async function insertAll<T extends PgTable>(table: T, rows: T['$inferInsert'][]) {
  for (let start = 0; start < rows.length; start += 1000) await db().insert(table).values(rows.slice(start, start + 1000));
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

    await db().update(users).set({ name: file.profile.name, timeZone: file.profile.timeZone, weekStartsOn: file.profile.weekStartsOn }).where(eq(users.id, userId));
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
      file.goals.flatMap((goal) => goal.milestones.map((milestone) => ({ ...milestone, ...dates(milestone), userId, goalId: goalId(goal.ref) }))),
    );
    await insertAll(
      weeklyUpdates,
      file.goals.flatMap((goal) => goal.updates.map((update) => ({ ...update, ...dates(update), userId, goalId: goalId(goal.ref) }))),
    );
    await insertAll(weeklyReflections, file.reflections.map((row) => ({ ...row, ...dates(row), userId })));
    const skillIds = file.skills.map(() => randomUUID());
    await insertAll(skills, file.skills.map(({ assessments: _assessments, ...skill }, index) => ({ ...skill, ...dates(skill), id: skillIds[index], userId })));
    await insertAll(
      skillAssessments,
      file.skills.flatMap((skill, index) => skill.assessments.map((row) => ({ ...row, ...dates(row), userId, skillId: skillIds[index] ?? '' }))),
    );
    await insertAll(educationEntries, file.education.map((row) => ({ ...row, ...dates(row), userId })));
    await insertAll(certifications, file.certifications.map((row) => ({ ...row, ...dates(row), userId })));
    await insertAll(positions, file.positions.map((row) => ({ ...row, ...dates(row), userId })));
    await insertAll(yearlyReviews, file.reviews.map((row) => ({ ...row, ...dates(row), userId })));
  });
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
        exists (select 1 from ${yearlyReviews} where ${yearlyReviews.userId} = ${userId})
      )`,
    })
    .from(sql`(select 1) as one`);
  return Boolean(row?.any);
}

/** Removes the user and, by cascade, every row they own; also the sign-in failures recorded for their email. */
export async function deleteAccount(userId: string): Promise<boolean> {
  return inTransaction(async () => {
    const [deleted] = await db().delete(users).where(eq(users.id, userId)).returning({ email: users.email });
    if (!deleted) return false;
    await db().delete(signInFailures).where(and(sql`lower(${signInFailures.email}) = lower(${deleted.email})`));
    return true;
  });
}
