// The career record of one user: skills and their assessments, education,
// certifications and positions. Every function takes the user id first.
import { and, asc, desc, eq, gte, lte, ne, sql, type SQL } from 'drizzle-orm';
import { yearBefore, type SkillLevels } from '@/lib/skills';
import type { IsoDate } from '@/lib/weeks';
import type { AssessmentInput, CertificationInput, EducationInput, PositionInput, SkillInput } from '@/lib/validation/career';
import { db, inTransaction } from '../client';
import { certifications, educationEntries, positions, skillAssessments, skills, type Skill, type SkillAssessment } from '../schema';

export type SkillWithHistory = Skill & { assessments: SkillAssessment[] };

export type SkillWithLevels = Pick<Skill, 'id' | 'name' | 'kind' | 'targetLevel'> & SkillLevels;

/**
 * Every skill with its level on `today`, a year earlier and at its first assessment within that
 * year: three index lookups per skill (LATERAL … LIMIT 1) instead of reading every assessment.
 */
export async function listSkillsWithLevels(userId: string, today: IsoDate): Promise<SkillWithLevels[]> {
  const since = yearBefore(today);
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
  const firstWithinYear = level('level_first_within_year', sql`${yearAgo.level} is null and ${skillAssessments.assessedOn} > ${since} and ${skillAssessments.assessedOn} <= ${today}`, [
    asc(skillAssessments.assessedOn),
    asc(skillAssessments.createdAt),
  ]);
  return db()
    .select({ id: skills.id, name: skills.name, kind: skills.kind, targetLevel: skills.targetLevel, now: now.level, yearAgo: yearAgo.level, firstWithinYear: firstWithinYear.level })
    .from(skills)
    .leftJoinLateral(now, sql`true`)
    .leftJoinLateral(yearAgo, sql`true`)
    .leftJoinLateral(firstWithinYear, sql`true`)
    .where(eq(skills.userId, userId))
    .orderBy(asc(skills.kind), asc(skills.name));
}

export async function findSkill(userId: string, skillId: string): Promise<SkillWithHistory | undefined> {
  const [skill] = await db().select().from(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
  if (!skill) return undefined;
  const assessments = await db()
    .select()
    .from(skillAssessments)
    .where(and(eq(skillAssessments.userId, userId), eq(skillAssessments.skillId, skillId)))
    .orderBy(asc(skillAssessments.assessedOn), asc(skillAssessments.createdAt));
  return { ...skill, assessments };
}

export class DuplicateSkillName extends Error {}

async function assertSkillNameFree(userId: string, name: string, exceptId?: string) {
  const same = await db()
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(exceptId ? and(eq(skills.userId, userId), ne(skills.id, exceptId)) : eq(skills.userId, userId));
  if (same.some((skill) => skill.name.toLowerCase() === name.toLowerCase())) throw new DuplicateSkillName();
}

/** Creates a skill, with its first assessment when one is given, in one transaction. */
export async function createSkill(userId: string, input: SkillInput, firstAssessment?: AssessmentInput): Promise<Skill> {
  return inTransaction(async () => {
    await assertSkillNameFree(userId, input.name);
    const [skill] = await db().insert(skills).values({ ...input, userId }).returning();
    if (!skill) throw new Error('skill insert returned nothing');
    if (firstAssessment) await db().insert(skillAssessments).values({ ...firstAssessment, userId, skillId: skill.id });
    return skill;
  });
}

export async function updateSkill(userId: string, skillId: string, input: SkillInput): Promise<Skill | undefined> {
  return inTransaction(async () => {
    await assertSkillNameFree(userId, input.name, skillId);
    const [skill] = await db().update(skills).set(input).where(and(eq(skills.userId, userId), eq(skills.id, skillId))).returning();
    return skill;
  });
}

export async function deleteSkill(userId: string, skillId: string): Promise<boolean> {
  return (await db().delete(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId))).returning({ id: skills.id })).length > 0;
}

/** Adds an assessment to one of the user's skills; undefined when the skill is not theirs. */
export async function addAssessment(userId: string, skillId: string, input: AssessmentInput): Promise<SkillAssessment | undefined> {
  return inTransaction(async () => {
    const [skill] = await db().select({ id: skills.id }).from(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
    if (!skill) return undefined;
    const [assessment] = await db().insert(skillAssessments).values({ ...input, userId, skillId }).returning();
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

export async function listEducation(userId: string) {
  return db()
    .select()
    .from(educationEntries)
    .where(eq(educationEntries.userId, userId))
    .orderBy(desc(educationEntries.completedOn), desc(educationEntries.startedOn));
}

export async function findEducation(userId: string, id: string) {
  const [entry] = await db().select().from(educationEntries).where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id)));
  return entry;
}

export async function createEducation(userId: string, input: EducationInput) {
  const [entry] = await db().insert(educationEntries).values({ ...input, userId }).returning();
  return entry;
}

export async function updateEducation(userId: string, id: string, input: EducationInput) {
  const [entry] = await db().update(educationEntries).set(input).where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id))).returning();
  return entry;
}

export async function deleteEducation(userId: string, id: string): Promise<boolean> {
  return (await db().delete(educationEntries).where(and(eq(educationEntries.userId, userId), eq(educationEntries.id, id))).returning({ id: educationEntries.id })).length > 0;
}

export async function listCertifications(userId: string) {
  return db().select().from(certifications).where(eq(certifications.userId, userId)).orderBy(desc(certifications.earnedOn));
}

export async function findCertification(userId: string, id: string) {
  const [certification] = await db().select().from(certifications).where(and(eq(certifications.userId, userId), eq(certifications.id, id)));
  return certification;
}

export async function createCertification(userId: string, input: CertificationInput) {
  const [certification] = await db().insert(certifications).values({ ...input, userId }).returning();
  return certification;
}

export async function updateCertification(userId: string, id: string, input: CertificationInput) {
  const [certification] = await db().update(certifications).set(input).where(and(eq(certifications.userId, userId), eq(certifications.id, id))).returning();
  return certification;
}

export async function deleteCertification(userId: string, id: string): Promise<boolean> {
  return (await db().delete(certifications).where(and(eq(certifications.userId, userId), eq(certifications.id, id))).returning({ id: certifications.id })).length > 0;
}

/** Completion dates and hours of the training completed on or after `since`. */
export async function listTrainingSince(userId: string, since: IsoDate) {
  return db()
    .select({ completedOn: educationEntries.completedOn, hours: educationEntries.hours })
    .from(educationEntries)
    .where(and(eq(educationEntries.userId, userId), gte(educationEntries.completedOn, since)));
}

/** Newest first: the timeline's order. */
export async function listPositions(userId: string) {
  return db().select().from(positions).where(eq(positions.userId, userId)).orderBy(desc(positions.startedOn), desc(positions.createdAt));
}

export async function findPosition(userId: string, id: string) {
  const [position] = await db().select().from(positions).where(and(eq(positions.userId, userId), eq(positions.id, id)));
  return position;
}

export class SecondFirstRole extends Error {}

async function assertOneFirstRole(userId: string, input: PositionInput, exceptId?: string) {
  if (input.howReached !== 'first_role') return;
  const [other] = await db()
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.userId, userId), eq(positions.howReached, 'first_role'), exceptId ? ne(positions.id, exceptId) : undefined));
  if (other) throw new SecondFirstRole();
}

export async function createPosition(userId: string, input: PositionInput) {
  return inTransaction(async () => {
    await assertOneFirstRole(userId, input);
    const [position] = await db().insert(positions).values({ ...input, userId }).returning();
    return position;
  });
}

export async function updatePosition(userId: string, id: string, input: PositionInput) {
  return inTransaction(async () => {
    await assertOneFirstRole(userId, input, id);
    const [position] = await db().update(positions).set(input).where(and(eq(positions.userId, userId), eq(positions.id, id))).returning();
    return position;
  });
}

export async function deletePosition(userId: string, id: string): Promise<boolean> {
  return (await db().delete(positions).where(and(eq(positions.userId, userId), eq(positions.id, id))).returning({ id: positions.id })).length > 0;
}

