// Calendar feeds: one per user at most, found by the hash of the secret in its URL (docs/security.md,
// "Calendar feed").
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { calendarFeeds, users } from '@/db/schema';

/** Turns the feed on, or gives it a new secret: the old secret's hash is replaced, so its URL stops at once. */
export async function storeFeedSecret(userId: string, secretHash: string): Promise<void> {
  await db()
    .insert(calendarFeeds)
    .values({ userId, secretHash })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { secretHash, createdAt: sql`now()` } });
}

export async function deleteFeed(userId: string): Promise<void> {
  await db().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

export async function hasFeed(userId: string): Promise<boolean> {
  const [row] = await db()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row !== undefined;
}

/** The owner of the feed whose secret hashes to `secretHash`, with what their weekly event needs. */
export async function findFeedOwner(secretHash: string) {
  const [row] = await db()
    .select({ id: users.id, timeZone: users.timeZone, weekStartsOn: users.weekStartsOn, createdAt: users.createdAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.secretHash, secretHash));
  return row;
}
