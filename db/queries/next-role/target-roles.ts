// Target roles of one user with their requirements, self-ratings and the goals made from their gaps.
// Every function takes the user id first; another user's role or requirement behaves like a missing one.
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { RoleProfile, Requirement } from '@/lib/next-role/profile-schema';
import { roleProfileFormValues, type RoleProfileEdit } from '@/lib/next-role/profile-form';
import type { TrackedRequirement } from '@/lib/next-role/readiness';
import { AppError } from '@/lib/errors';
import { groupBy } from '@/lib/group-by';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { goals, requirementGoals, requirementSelfRatings, roleRequirements, targetRoles, type Goal } from '@/db/schema';

export type TargetRole = typeof targetRoles.$inferSelect;
export type StoredRequirement = {
  id: string;
  requirement: Requirement;
  selfRatings: { ratedOn: string; rating: number }[];
  goals: Pick<Goal, 'id' | 'title' | 'status' | 'statusChangedOn'>[];
};
export type TargetRoleWithRequirements = TargetRole & { requirements: StoredRequirement[] };

const roleNotFound = () => new AppError('not-found', 'That target role does not exist.');

/** The current role first, then the newest. */
export async function listTargetRoles(userId: string): Promise<TargetRole[]> {
  return db()
    .select()
    .from(targetRoles)
    .where(eq(targetRoles.userId, userId))
    .orderBy(desc(targetRoles.isCurrent), desc(targetRoles.createdAt));
}

async function withRequirements(userId: string, role: TargetRole): Promise<TargetRoleWithRequirements> {
  const rows = await db()
    .select({ id: roleRequirements.id, requirement: roleRequirements.requirement })
    .from(roleRequirements)
    .where(and(eq(roleRequirements.userId, userId), eq(roleRequirements.targetRoleId, role.id)))
    .orderBy(asc(roleRequirements.ordinal));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return { ...role, requirements: [] };
  const [ratings, goalLinks] = await Promise.all([
    db()
      .select()
      .from(requirementSelfRatings)
      .where(and(eq(requirementSelfRatings.userId, userId), inArray(requirementSelfRatings.requirementId, ids)))
      .orderBy(asc(requirementSelfRatings.ratedOn)),
    db()
      .select({
        requirementId: requirementGoals.requirementId,
        id: goals.id,
        title: goals.title,
        status: goals.status,
        statusChangedOn: goals.statusChangedOn,
      })
      .from(requirementGoals)
      .innerJoin(goals, and(eq(goals.id, requirementGoals.goalId), eq(goals.userId, userId)))
      .where(and(eq(requirementGoals.userId, userId), inArray(requirementGoals.requirementId, ids)))
      .orderBy(asc(goals.createdAt)),
  ]);
  const ratingsOf = groupBy(ratings, (rating) => rating.requirementId);
  const goalsOf = groupBy(goalLinks, (link) => link.requirementId);
  return {
    ...role,
    requirements: rows.map((row) => ({
      id: row.id,
      requirement: row.requirement,
      selfRatings: (ratingsOf.get(row.id) ?? []).map(({ ratedOn, rating }) => ({ ratedOn, rating })),
      goals: (goalsOf.get(row.id) ?? []).map(({ id, title, status, statusChangedOn }) => ({
        id,
        title,
        status,
        statusChangedOn,
      })),
    })),
  };
}

export async function findTargetRole(userId: string, roleId: string): Promise<TargetRoleWithRequirements | undefined> {
  const [role] = await db()
    .select()
    .from(targetRoles)
    .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId)));
  return role ? withRequirements(userId, role) : undefined;
}

export async function findCurrentTargetRole(userId: string): Promise<TargetRoleWithRequirements | undefined> {
  const [role] = await db()
    .select()
    .from(targetRoles)
    .where(and(eq(targetRoles.userId, userId), eq(targetRoles.isCurrent, true)));
  return role ? withRequirements(userId, role) : undefined;
}

/** The requirements as readiness reads them; a goal made from a gap counts as evidence once achieved. */
export function trackedRequirements(role: TargetRoleWithRequirements): TrackedRequirement[] {
  return role.requirements.map((stored) => ({
    key: stored.id,
    requirement: stored.requirement,
    selfRatings: stored.selfRatings,
    goals: stored.goals.map((goal) => ({
      title: goal.title,
      achievedOn: goal.status === 'achieved' ? goal.statusChangedOn : null,
    })),
  }));
}

/** The profile as a file or a copy holds it: no ids, no ratings. */
export function profileOf(role: TargetRoleWithRequirements): RoleProfile {
  return {
    title: role.title,
    level: role.level,
    summary: role.summary,
    requirements: role.requirements.map((stored) => stored.requirement),
  };
}

/** The profile as its form edits it: each requirement with its id. */
export function editOf(role: TargetRoleWithRequirements): RoleProfileEdit {
  return {
    ...profileOf(role),
    requirements: role.requirements.map((stored) => ({ id: stored.id, requirement: stored.requirement })),
  };
}

/** A new target role; the user's first one becomes current. */
export async function createTargetRole(userId: string, profile: RoleProfile): Promise<TargetRole> {
  return inTransaction(async () => {
    const [existing] = await db()
      .select({ id: targetRoles.id })
      .from(targetRoles)
      .where(eq(targetRoles.userId, userId))
      .limit(1);
    const { requirements, ...fields } = profile;
    const [role] = await db()
      .insert(targetRoles)
      .values({ ...fields, userId, isCurrent: existing === undefined })
      .returning();
    if (!role) throw new Error('Target role insert returned nothing');
    await db()
      .insert(roleRequirements)
      .values(requirements.map((requirement, ordinal) => ({ userId, targetRoleId: role.id, ordinal, requirement })));
    return role;
  });
}

/**
 * Saves an edited profile over the version its form was loaded from (else a StaleEditError); requirements
 * keep their rows when their id is kept, removed ones are deleted with their ratings and goal links.
 */
export async function updateTargetRole(
  userId: string,
  roleId: string,
  edit: RoleProfileEdit,
  loadedVersion: number,
): Promise<TargetRole> {
  return inTransaction(async () => {
    const { requirements, ...fields } = edit;
    const guard = overLoadedVersion(targetRoles.version, loadedVersion);
    const [role] = await db()
      .update(targetRoles)
      .set({ ...fields, version: guard.raised })
      .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId), guard.stillLoaded))
      .returning();
    if (!role) {
      const [stored] = await db()
        .select()
        .from(targetRoles)
        .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId)));
      // Another tab's save, as the profile form names its fields, requirements included.
      refuseStaleEdit(
        stored && { ...stored, ...roleProfileFormValues(editOf(await withRequirements(userId, stored))) },
      );
      throw roleNotFound();
    }
    const current = await db()
      .select({ id: roleRequirements.id })
      .from(roleRequirements)
      .where(and(eq(roleRequirements.userId, userId), eq(roleRequirements.targetRoleId, roleId)));
    const currentIds = new Set(current.map((row) => row.id));
    const keptIds = new Set(requirements.flatMap((entry) => (entry.id && currentIds.has(entry.id) ? [entry.id] : [])));
    const removed = [...currentIds].filter((id) => !keptIds.has(id));
    if (removed.length > 0)
      await db()
        .delete(roleRequirements)
        .where(and(eq(roleRequirements.userId, userId), inArray(roleRequirements.id, removed)));
    for (const [ordinal, entry] of requirements.entries()) {
      if (entry.id && keptIds.has(entry.id)) {
        await db()
          .update(roleRequirements)
          .set({ ordinal, requirement: entry.requirement })
          .where(and(eq(roleRequirements.userId, userId), eq(roleRequirements.id, entry.id)));
      } else {
        await db()
          .insert(roleRequirements)
          .values({ userId, targetRoleId: roleId, ordinal, requirement: entry.requirement });
      }
    }
    return role;
  });
}

/** Makes one role the current one (and no other); false when it is not the user's. */
export async function makeTargetRoleCurrent(userId: string, roleId: string): Promise<boolean> {
  return inTransaction(async () => {
    const [role] = await db()
      .select({ id: targetRoles.id })
      .from(targetRoles)
      .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId)));
    if (!role) return false;
    await db()
      .update(targetRoles)
      .set({ isCurrent: false })
      .where(and(eq(targetRoles.userId, userId), eq(targetRoles.isCurrent, true)));
    await db()
      .update(targetRoles)
      .set({ isCurrent: true })
      .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId)));
    return true;
  });
}

/** Deletes a role; when it was current, the newest remaining one becomes current. */
export async function deleteTargetRole(userId: string, roleId: string): Promise<boolean> {
  return inTransaction(async () => {
    const [deleted] = await db()
      .delete(targetRoles)
      .where(and(eq(targetRoles.userId, userId), eq(targetRoles.id, roleId)))
      .returning({ isCurrent: targetRoles.isCurrent });
    if (!deleted) return false;
    if (deleted.isCurrent) {
      const [next] = await listTargetRoles(userId);
      if (next) await makeTargetRoleCurrent(userId, next.id);
    }
    return true;
  });
}

/** The user's own rating against an expectation, one a day (a second the same day replaces the first). */
export async function rateExpectation(
  userId: string,
  requirementId: string,
  ratedOn: string,
  rating: number,
): Promise<boolean> {
  const [requirement] = await db()
    .select({ requirement: roleRequirements.requirement })
    .from(roleRequirements)
    .where(and(eq(roleRequirements.userId, userId), eq(roleRequirements.id, requirementId)));
  if (requirement?.requirement.type !== 'expectation') return false;
  await db()
    .insert(requirementSelfRatings)
    .values({ userId, requirementId, ratedOn, rating })
    .onConflictDoUpdate({
      target: [requirementSelfRatings.requirementId, requirementSelfRatings.ratedOn],
      set: { rating },
    });
  return true;
}
