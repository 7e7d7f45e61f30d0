// Achievements of one user with their links to goals, skills and a position. Every function takes the
// user id first; a goal, skill or position of another user is refused exactly like one that does not exist.
import 'server-only';
import { and, arrayContains, asc, between, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AchievementInput } from '@/lib/achievements/schema';
import { AppError } from '@/lib/errors';
import { groupBy } from '@/lib/group-by';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import {
  achievementGoals,
  achievements,
  achievementSkills,
  goals,
  positions,
  skills,
  type Achievement,
} from '@/db/schema';

export type AchievementWithLinks = Achievement & { goalIds: string[]; skillIds: string[] };

async function withLinks(userId: string, rows: Achievement[]): Promise<AchievementWithLinks[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [goalLinks, skillLinks] = await Promise.all([
    db()
      .select()
      .from(achievementGoals)
      .where(and(eq(achievementGoals.userId, userId), inArray(achievementGoals.achievementId, ids))),
    db()
      .select()
      .from(achievementSkills)
      .where(and(eq(achievementSkills.userId, userId), inArray(achievementSkills.achievementId, ids))),
  ]);
  const goalsOf = groupBy(goalLinks, (link) => link.achievementId);
  const skillsOf = groupBy(skillLinks, (link) => link.achievementId);
  return rows.map((row) => ({
    ...row,
    goalIds: (goalsOf.get(row.id) ?? []).map((link) => link.goalId),
    skillIds: (skillsOf.get(row.id) ?? []).map((link) => link.skillId),
  }));
}

const newestFirst = [desc(achievements.achievedOn), desc(achievements.createdAt)];

async function listWhere(userId: string, condition?: SQL, order = newestFirst) {
  const rows = await db()
    .select()
    .from(achievements)
    .where(and(eq(achievements.userId, userId), condition))
    .orderBy(...order);
  return withLinks(userId, rows);
}

/** Newest first; with `tag`, only the entries carrying it. */
export async function listAchievements(userId: string, tag?: string): Promise<AchievementWithLinks[]> {
  return listWhere(userId, tag ? arrayContains(achievements.tags, [tag]) : undefined);
}

/** The achievements dated from `start` to `end` (ISO dates, both included), oldest first. */
export async function listAchievementsIn(userId: string, start: string, end: string): Promise<AchievementWithLinks[]> {
  return listWhere(userId, between(achievements.achievedOn, start, end), [
    asc(achievements.achievedOn),
    asc(achievements.createdAt),
  ]);
}

export async function listAchievementsForGoal(userId: string, goalId: string): Promise<Achievement[]> {
  return db()
    .select({ achievement: achievements })
    .from(achievementGoals)
    .innerJoin(achievements, eq(achievements.id, achievementGoals.achievementId))
    .where(and(eq(achievementGoals.userId, userId), eq(achievementGoals.goalId, goalId)))
    .orderBy(...newestFirst)
    .then((rows) => rows.map((row) => row.achievement));
}

export async function listAchievementsForSkill(userId: string, skillId: string): Promise<Achievement[]> {
  return db()
    .select({ achievement: achievements })
    .from(achievementSkills)
    .innerJoin(achievements, eq(achievements.id, achievementSkills.achievementId))
    .where(and(eq(achievementSkills.userId, userId), eq(achievementSkills.skillId, skillId)))
    .orderBy(...newestFirst)
    .then((rows) => rows.map((row) => row.achievement));
}

/**
 * The achievements of each of the user's positions, newest first, keyed by position id: what a CV or a
 * JSON Resume lists under each role. Achievements without a position are left out.
 */
export async function listAchievementsByPosition(userId: string): Promise<Map<string, Achievement[]>> {
  const rows = await db()
    .select({ achievement: achievements })
    .from(achievements)
    .innerJoin(positions, and(eq(positions.id, achievements.positionId), eq(positions.userId, userId)))
    .where(eq(achievements.userId, userId))
    .orderBy(...newestFirst);
  const byPosition = new Map<string, Achievement[]>();
  for (const { achievement } of rows) {
    if (achievement.positionId === null) continue;
    byPosition.set(achievement.positionId, [...(byPosition.get(achievement.positionId) ?? []), achievement]);
  }
  return byPosition;
}

export async function findAchievement(userId: string, id: string): Promise<AchievementWithLinks | undefined> {
  const [row] = await db()
    .select()
    .from(achievements)
    .where(and(eq(achievements.userId, userId), eq(achievements.id, id)));
  return row ? (await withLinks(userId, [row]))[0] : undefined;
}

/** Every linked goal, skill and the position must be the user's own; anything else reads as "not in the list". */
async function refuseForeignLinks(userId: string, input: AchievementInput): Promise<void> {
  const count = async (ids: string[], table: typeof goals | typeof skills | typeof positions) =>
    ids.length === 0
      ? 0
      : (
          await db()
            .select({ id: table.id })
            .from(table)
            .where(and(eq(table.userId, userId), inArray(table.id, ids)))
        ).length;
  if ((await count(input.goalIds, goals)) !== input.goalIds.length)
    throw new AppError('invalid-reference', 'Choose goals from the list.', 'goalIds');
  if ((await count(input.skillIds, skills)) !== input.skillIds.length)
    throw new AppError('invalid-reference', 'Choose skills from the list.', 'skillIds');
  if (input.positionId !== null && (await count([input.positionId], positions)) !== 1)
    throw new AppError('invalid-reference', 'Choose a position from the list.', 'positionId');
}

async function writeLinks(userId: string, achievementId: string, input: AchievementInput) {
  await db().delete(achievementGoals).where(eq(achievementGoals.achievementId, achievementId));
  await db().delete(achievementSkills).where(eq(achievementSkills.achievementId, achievementId));
  if (input.goalIds.length > 0)
    await db()
      .insert(achievementGoals)
      .values(input.goalIds.map((goalId) => ({ userId, achievementId, goalId })));
  if (input.skillIds.length > 0)
    await db()
      .insert(achievementSkills)
      .values(input.skillIds.map((skillId) => ({ userId, achievementId, skillId })));
}

const columns = ({ goalIds: _goals, skillIds: _skills, ...fields }: AchievementInput) => fields;

export async function createAchievement(userId: string, input: AchievementInput): Promise<Achievement> {
  return inTransaction(async () => {
    await refuseForeignLinks(userId, input);
    const [achievement] = await db()
      .insert(achievements)
      .values({ ...columns(input), userId })
      .returning();
    if (!achievement) throw new Error('achievement insert returned nothing');
    await writeLinks(userId, achievement.id, input);
    return achievement;
  });
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updateAchievement(
  userId: string,
  id: string,
  input: AchievementInput,
  loadedVersion: number,
): Promise<Achievement | undefined> {
  return inTransaction(async () => {
    await refuseForeignLinks(userId, input);
    const guard = overLoadedVersion(achievements.version, loadedVersion);
    const [achievement] = await db()
      .update(achievements)
      .set({ ...columns(input), version: guard.raised })
      .where(and(eq(achievements.userId, userId), eq(achievements.id, id), guard.stillLoaded))
      .returning();
    if (achievement) {
      await writeLinks(userId, id, input);
      return achievement;
    }
    const stored = await findAchievement(userId, id);
    return refuseStaleEdit(stored && { ...stored, tags: stored.tags.join(', ') }, {
      goalIds: stored?.goalIds ?? [],
      skillIds: stored?.skillIds ?? [],
    });
  });
}

export async function deleteAchievement(userId: string, id: string): Promise<boolean> {
  const deleted = await db()
    .delete(achievements)
    .where(and(eq(achievements.userId, userId), eq(achievements.id, id)))
    .returning({ id: achievements.id });
  return deleted.length > 0;
}

/** What an achievement can be linked to, by name: the user's goals, skills and positions. */
export async function listLinkChoices(userId: string) {
  const [goalRows, skillRows, positionRows] = await Promise.all([
    db()
      .select({ id: goals.id, title: goals.title, status: goals.status })
      .from(goals)
      .where(eq(goals.userId, userId))
      .orderBy(asc(goals.title)),
    db()
      .select({ id: skills.id, name: skills.name })
      .from(skills)
      .where(eq(skills.userId, userId))
      .orderBy(asc(skills.name)),
    db()
      .select({
        id: positions.id,
        title: positions.title,
        employer: positions.employer,
        startedOn: positions.startedOn,
      })
      .from(positions)
      .where(eq(positions.userId, userId))
      .orderBy(desc(positions.startedOn)),
  ]);
  return { goals: goalRows, skills: skillRows, positions: positionRows };
}
