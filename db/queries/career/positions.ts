// Positions (roles) of one user. Every function takes the user id first.
import 'server-only';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { PositionInput } from '@/lib/career/schema';
import { db, inTransaction } from '@/db/client';
import { positions } from '@/db/schema';

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
