// Pay records of one user's positions. Every function takes the user id first; a position or record of
// another user behaves like a missing one.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { PayRecordInput } from '@/lib/career/compensation-schema';
import { db, inTransaction } from '@/db/client';
import { overLoadedVersion, refuseStaleEdit } from '@/db/edit-version';
import { payRecords, positions, type PayRecord } from '@/db/schema';

/** Every pay record of the user, oldest first. */
export async function listPayRecords(userId: string): Promise<PayRecord[]> {
  return db()
    .select()
    .from(payRecords)
    .where(eq(payRecords.userId, userId))
    .orderBy(asc(payRecords.effectiveOn), asc(payRecords.createdAt));
}

/** One position's pay records, oldest first. */
export async function listPositionPayRecords(userId: string, positionId: string): Promise<PayRecord[]> {
  return db()
    .select()
    .from(payRecords)
    .where(and(eq(payRecords.userId, userId), eq(payRecords.positionId, positionId)))
    .orderBy(asc(payRecords.effectiveOn), asc(payRecords.createdAt));
}

export async function findPayRecord(userId: string, id: string): Promise<PayRecord | undefined> {
  const [record] = await db()
    .select()
    .from(payRecords)
    .where(and(eq(payRecords.userId, userId), eq(payRecords.id, id)));
  return record;
}

/** Adds a pay record to one of the user's positions; undefined when the position is not theirs (or is gone). */
export async function addPayRecord(
  userId: string,
  positionId: string,
  input: PayRecordInput,
): Promise<PayRecord | undefined> {
  return inTransaction(async () => {
    const [position] = await db()
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.userId, userId), eq(positions.id, positionId)));
    if (!position) return undefined;
    const [record] = await db()
      .insert(payRecords)
      .values({ ...input, userId, positionId })
      .returning();
    return record;
  });
}

/** Saves edits over the version the form was loaded from; undefined when the record is not the user's (or is gone). */
export async function updatePayRecord(userId: string, id: string, input: PayRecordInput, loadedVersion: number) {
  const guard = overLoadedVersion(payRecords.version, loadedVersion);
  const [record] = await db()
    .update(payRecords)
    .set({ ...input, version: guard.raised })
    .where(and(eq(payRecords.userId, userId), eq(payRecords.id, id), guard.stillLoaded))
    .returning();
  if (record) return record;
  const stored = await findPayRecord(userId, id);
  return refuseStaleEdit(stored, stored ? { benefits: stored.benefits } : {});
}

/** Deletes one of the user's pay records; the position it belonged to, or undefined when it was not theirs. */
export async function deletePayRecord(userId: string, id: string): Promise<string | undefined> {
  const [deleted] = await db()
    .delete(payRecords)
    .where(and(eq(payRecords.userId, userId), eq(payRecords.id, id)))
    .returning({ positionId: payRecords.positionId });
  return deleted?.positionId;
}
