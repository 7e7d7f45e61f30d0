// Password-reset tokens (stored as hashes) and reset requests (counted for throttling). docs/security.md
// "Password reset".
import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { passwordResetRequests, passwordResetTokens } from '@/db/schema';
import type { ClientAddress } from '@/lib/auth/ip-address';
import type { RecentResetRequests, StoredResetToken } from '@/lib/auth/password-reset';

/** Holds, until the transaction ends, the locks of this email and (when trusted) this address. */
export async function lockResetRequestCounters(email: string, client: ClientAddress): Promise<void> {
  const keys = [`reset:account:${email}`, ...(client.trusted ? [`reset:address:${client.address}`] : [])].sort();
  for (const key of keys) await db().execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

export async function findRecentResetRequests(
  email: string,
  client: ClientAddress,
  since: Date,
): Promise<RecentResetRequests> {
  const rows = await db()
    .select({
      email: passwordResetRequests.email,
      ipAddress: passwordResetRequests.ipAddress,
      createdAt: passwordResetRequests.createdAt,
    })
    .from(passwordResetRequests)
    .where(
      and(
        gt(passwordResetRequests.createdAt, since),
        or(
          eq(passwordResetRequests.email, email),
          client.trusted ? eq(passwordResetRequests.ipAddress, client.address) : undefined,
        ),
      ),
    );
  return {
    byAccount: rows.filter((row) => row.email === email).map((row) => row.createdAt),
    byAddress: client.trusted
      ? rows.filter((row) => row.ipAddress === client.address).map((row) => row.createdAt)
      : null,
  };
}

/** Counts a request; requests older than the window of everyone are pruned on the way. */
export async function recordResetRequest(email: string, ipAddress: string, at: Date, olderThan: Date): Promise<void> {
  await db().delete(passwordResetRequests).where(lt(passwordResetRequests.createdAt, olderThan));
  await db().insert(passwordResetRequests).values({ email, ipAddress, createdAt: at });
}

export async function storeResetToken(
  userId: string,
  token: { tokenHash: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await db()
    .insert(passwordResetTokens)
    .values({ userId, ...token });
}

export async function findResetToken(tokenHash: string): Promise<StoredResetToken | undefined> {
  const [row] = await db()
    .select({ expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.tokenHash, tokenHash));
  return row;
}

/**
 * Uses the token if it still works, in one statement, so two uses sent at once cannot both succeed; every
 * other unused token of the user is used up with it. The user's id, or undefined when it did not work.
 */
export async function useResetToken(tokenHash: string, now: Date): Promise<string | undefined> {
  const [used] = await db()
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResetTokens.userId });
  if (!used) return undefined;
  await db()
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, used.userId), isNull(passwordResetTokens.usedAt)));
  return used.userId;
}
