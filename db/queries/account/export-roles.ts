// The export's target roles (docs/export-format.md, version 3) and their import, inside importAccount's
// transaction after the goals.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AccountExport } from '@/lib/account/export-schema';
import { groupBy } from '@/lib/group-by';
import { db } from '@/db/client';
import { recordTimes } from '@/db/queries/account/record-times';
import { requirementGoals, requirementSelfRatings, roleRequirements, targetRoles } from '@/db/schema';

/** Goals made from a gap are named by their ref (the goal's id, as the goals section writes it). */
export async function exportTargetRoles(userId: string): Promise<Pick<AccountExport, 'targetRoles'>> {
  const [roleRows, requirementRows, ratingRows, goalLinks] = await Promise.all([
    db().select().from(targetRoles).where(eq(targetRoles.userId, userId)).orderBy(asc(targetRoles.createdAt)),
    db()
      .select()
      .from(roleRequirements)
      .where(eq(roleRequirements.userId, userId))
      .orderBy(asc(roleRequirements.ordinal)),
    db()
      .select()
      .from(requirementSelfRatings)
      .where(eq(requirementSelfRatings.userId, userId))
      .orderBy(asc(requirementSelfRatings.ratedOn)),
    db()
      .select()
      .from(requirementGoals)
      .where(eq(requirementGoals.userId, userId))
      .orderBy(asc(requirementGoals.goalId)),
  ]);
  const requirementsOf = groupBy(requirementRows, (row) => row.targetRoleId);
  const ratingsOf = groupBy(ratingRows, (row) => row.requirementId);
  const goalsOf = groupBy(goalLinks, (row) => row.requirementId);
  return {
    targetRoles: roleRows.map((role) => ({
      title: role.title,
      level: role.level,
      summary: role.summary,
      isCurrent: role.isCurrent,
      requirements: (requirementsOf.get(role.id) ?? []).map((row) => ({
        requirement: row.requirement,
        selfRatings: (ratingsOf.get(row.id) ?? []).map(({ ratedOn, rating }) => ({ ratedOn, rating })),
        goalRefs: (goalsOf.get(row.id) ?? []).map((link) => link.goalId),
      })),
      ...recordTimes(role),
    })),
  };
}

type Insert = <T extends PgTable>(table: T, rows: T['$inferInsert'][]) => Promise<void>;

/** `goalId` turns a goal's ref into its new id: the file's rules made sure each names a goal of the file. */
export async function importTargetRoles(
  userId: string,
  file: Pick<AccountExport, 'targetRoles'>,
  goalId: (ref: string) => string,
  insertAll: Insert,
): Promise<void> {
  const roles = file.targetRoles.map((role) => ({
    role,
    id: randomUUID(),
    requirements: role.requirements.map((entry) => ({ entry, id: randomUUID() })),
  }));
  await insertAll(
    targetRoles,
    roles.map(({ role, id }) => ({
      id,
      userId,
      title: role.title,
      level: role.level,
      summary: role.summary,
      isCurrent: role.isCurrent,
      createdAt: new Date(role.createdAt),
      updatedAt: new Date(role.updatedAt),
    })),
  );
  const requirements = roles.flatMap(({ id: targetRoleId, requirements: rows }) =>
    rows.map(({ entry, id }, ordinal) => ({ entry, id, targetRoleId, ordinal })),
  );
  await insertAll(
    roleRequirements,
    requirements.map(({ entry, id, targetRoleId, ordinal }) => ({
      id,
      userId,
      targetRoleId,
      ordinal,
      requirement: entry.requirement,
    })),
  );
  await insertAll(
    requirementSelfRatings,
    requirements.flatMap(({ entry, id }) => entry.selfRatings.map((row) => ({ ...row, userId, requirementId: id }))),
  );
  await insertAll(
    requirementGoals,
    requirements.flatMap(({ entry, id }) =>
      [...new Set(entry.goalRefs)].map((ref) => ({ userId, requirementId: id, goalId: goalId(ref) })),
    ),
  );
}
