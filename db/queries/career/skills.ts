// Skills of one user and their assessments. Every function takes the user id first.
import 'server-only';
import { and, asc, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { yearBefore, type SkillLevels } from '@/lib/career/skills';
import type { IsoDate } from '@/lib/dates/calendar';
import type { AssessmentInput, SkillInput } from '@/lib/career/schema';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { refuseOnUniqueViolation } from '@/db/unique-violation';
import { skillAssessments, skills, type Skill, type SkillAssessment } from '@/db/schema';

export type SkillWithHistory = Skill & { assessments: SkillAssessment[] };

export type SkillWithLevels = Pick<Skill, 'id' | 'name' | 'kind' | 'targetLevel'> & SkillLevels;

/**
 * Every skill with its level on `today`, on `since` (a year earlier unless given) and at its first assessment
 * after `since`: three index lookups per skill (LATERAL … LIMIT 1) instead of reading every assessment.
 */
export async function listSkillsWithLevels(
  userId: string,
  today: IsoDate,
  since: IsoDate = yearBefore(today),
): Promise<SkillWithLevels[]> {
  const level = (name: string, condition: SQL, order: SQL[]) =>
    db()
      .select({ level: skillAssessments.level })
      .from(skillAssessments)
      .where(and(eq(skillAssessments.skillId, skills.id), eq(skillAssessments.userId, userId), condition))
      .orderBy(...order)
      .limit(1)
      .as(name);
  const latestFirst = [desc(skillAssessments.assessedOn), desc(skillAssessments.createdAt)];
  const now = level('level_now', lte(skillAssessments.assessedOn, today), latestFirst);
  const yearAgo = level('level_year_ago', lte(skillAssessments.assessedOn, since), latestFirst);
  // Only needed when there was no level a year ago; the condition lets the database skip the lookup.
  const firstWithinYear = level(
    'level_first_within_year',
    sql`${yearAgo.level} is null and ${skillAssessments.assessedOn} > ${since} and ${skillAssessments.assessedOn} <= ${today}`,
    [asc(skillAssessments.assessedOn), asc(skillAssessments.createdAt)],
  );
  return db()
    .select({
      id: skills.id,
      name: skills.name,
      kind: skills.kind,
      targetLevel: skills.targetLevel,
      now: now.level,
      yearAgo: yearAgo.level,
      firstWithinYear: firstWithinYear.level,
    })
    .from(skills)
    .leftJoinLateral(now, sql`true`)
    .leftJoinLateral(yearAgo, sql`true`)
    .leftJoinLateral(firstWithinYear, sql`true`)
    .where(eq(skills.userId, userId))
    .orderBy(asc(skills.kind), asc(skills.name));
}

export async function findSkill(userId: string, skillId: string): Promise<SkillWithHistory | undefined> {
  const [skill] = await db()
    .select()
    .from(skills)
    .where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
  if (!skill) return undefined;
  const assessments = await db()
    .select()
    .from(skillAssessments)
    .where(and(eq(skillAssessments.userId, userId), eq(skillAssessments.skillId, skillId)))
    .orderBy(asc(skillAssessments.assessedOn), asc(skillAssessments.createdAt));
  return { ...skill, assessments };
}

// One name per user whatever its case: the index skills_user_name_unique is the rule.
const nameTaken = () => new AppError('already-exists', 'You already track a skill with this name.', 'name');
const refuseTakenName = <T>(write: () => Promise<T>) =>
  refuseOnUniqueViolation('skills_user_name_unique', nameTaken, write);

/** Creates a skill, with its first assessment when one is given, in one transaction. */
export async function createSkill(
  userId: string,
  input: SkillInput,
  firstAssessment?: AssessmentInput,
): Promise<Skill> {
  return inTransaction(async () => {
    const [skill] = await refuseTakenName(() =>
      db()
        .insert(skills)
        .values({ ...input, userId })
        .returning(),
    );
    if (!skill) throw new Error('skill insert returned nothing');
    if (firstAssessment)
      await db()
        .insert(skillAssessments)
        .values({ ...firstAssessment, userId, skillId: skill.id });
    return skill;
  });
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updateSkill(
  userId: string,
  skillId: string,
  input: SkillInput,
  loadedVersion: number,
): Promise<Skill | undefined> {
  const guard = overLoadedVersion(skills.version, loadedVersion);
  const [skill] = await refuseTakenName(() =>
    db()
      .update(skills)
      .set({ ...input, version: guard.raised })
      .where(and(eq(skills.userId, userId), eq(skills.id, skillId), guard.stillLoaded))
      .returning(),
  );
  return skill ?? refuseStaleEdit(await findSkill(userId, skillId));
}

export async function deleteSkill(userId: string, skillId: string): Promise<boolean> {
  return (
    (
      await db()
        .delete(skills)
        .where(and(eq(skills.userId, userId), eq(skills.id, skillId)))
        .returning({ id: skills.id })
    ).length > 0
  );
}

/** Adds an assessment to one of the user's skills; undefined when the skill is not theirs. */
export async function addAssessment(
  userId: string,
  skillId: string,
  input: AssessmentInput,
): Promise<SkillAssessment | undefined> {
  return inTransaction(async () => {
    const [skill] = await db()
      .select({ id: skills.id })
      .from(skills)
      .where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
    if (!skill) return undefined;
    const [assessment] = await db()
      .insert(skillAssessments)
      .values({ ...input, userId, skillId })
      .returning();
    return assessment;
  });
}

export async function deleteAssessment(userId: string, assessmentId: string): Promise<boolean> {
  const deleted = await db()
    .delete(skillAssessments)
    .where(and(eq(skillAssessments.userId, userId), eq(skillAssessments.id, assessmentId)))
    .returning({ id: skillAssessments.id });
  return deleted.length > 0;
}
