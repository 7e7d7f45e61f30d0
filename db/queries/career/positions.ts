// Positions (roles) of one user. Every function takes the user id first.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { PositionInput } from '@/lib/career/schema';
import { AppError } from '@/lib/errors';
import { db } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { refuseOnUniqueViolation } from '@/db/unique-violation';
import { positions } from '@/db/schema';

/** Newest first: the timeline's order. */
export async function listPositions(userId: string) {
  return db()
    .select()
    .from(positions)
    .where(eq(positions.userId, userId))
    .orderBy(desc(positions.startedOn), desc(positions.createdAt));
}

export async function findPosition(userId: string, id: string) {
  const [position] = await db()
    .select()
    .from(positions)
    .where(and(eq(positions.userId, userId), eq(positions.id, id)));
  return position;
}

// One first role per person: the partial index positions_one_first_role is the rule.
const secondFirstRole = () =>
  new AppError('conflict', 'Another role is already your first role. Choose how you reached this one.', 'howReached');
const refuseSecondFirstRole = <T>(write: () => Promise<T>) =>
  refuseOnUniqueViolation('positions_one_first_role', secondFirstRole, write);

export async function createPosition(userId: string, input: PositionInput) {
  const [position] = await refuseSecondFirstRole(() =>
    db()
      .insert(positions)
      .values({ ...input, userId })
      .returning(),
  );
  return position;
}

/** Saves edits over the version the form was loaded from; undefined when the entry is not the user's (or is gone). */
export async function updatePosition(userId: string, id: string, input: PositionInput, loadedVersion: number) {
  const guard = overLoadedVersion(positions.version, loadedVersion);
  const [position] = await refuseSecondFirstRole(() =>
    db()
      .update(positions)
      .set({ ...input, version: guard.raised })
      .where(and(eq(positions.userId, userId), eq(positions.id, id), guard.stillLoaded))
      .returning(),
  );
  return position ?? refuseStaleEdit(await findPosition(userId, id));
}

export async function deletePosition(userId: string, id: string): Promise<boolean> {
  return (
    (
      await db()
        .delete(positions)
        .where(and(eq(positions.userId, userId), eq(positions.id, id)))
        .returning({ id: positions.id })
    ).length > 0
  );
}
