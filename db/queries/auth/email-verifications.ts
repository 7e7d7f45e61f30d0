// Email-proving tokens (stored as hashes), the requests that mail them (counted for throttling) and pending
// changes of email. docs/security.md "Email verification".
import 'server-only';
import { and, eq, gt, isNull, lt, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailVerificationRequests, emailVerificationTokens, pendingEmailChanges, users } from '@/db/schema';
import type { ClientAddress } from '@/lib/auth/ip-address';
import type { RecentVerificationRequests } from '@/lib/auth/email-verification';

/**
 * An account made by a sign-up whose link was never opened: no one proved its address and it could never
 * sign in, so it holds no data. An account without a password came from GitHub or Google (Auth.js leaves
 * its email_verified empty) and is a real one.
 */
export const unconfirmedAccount: SQL = sql`(${users.emailVerified} is null and ${users.passwordHash} is not null)`;

export type VerificationPurpose = 'sign-up' | 'change-email';

/** Who asks: the address to be mailed, the signed-in account if any, and the client. */
export type VerificationRequester = { email: string; userId: string | null; client: ClientAddress };

/** Holds, until the transaction ends, the locks of this email, this account and (when trusted) this address. */
export async function lockVerificationRequestCounters({ email, userId, client }: VerificationRequester): Promise<void> {
  const keys = [
    `verify:email:${email}`,
    ...(userId ? [`verify:account:${userId}`] : []),
    ...(client.trusted ? [`verify:address:${client.address}`] : []),
  ].sort();
  for (const key of keys) await db().execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

export async function findRecentVerificationRequests(
  { email, userId, client }: VerificationRequester,
  since: Date,
): Promise<RecentVerificationRequests> {
  const table = emailVerificationRequests;
  const rows = await db()
    .select({ email: table.email, userId: table.userId, ipAddress: table.ipAddress, createdAt: table.createdAt })
    .from(table)
    .where(
      and(
        gt(table.createdAt, since),
        or(
          eq(table.email, email),
          userId ? eq(table.userId, userId) : undefined,
          client.trusted ? eq(table.ipAddress, client.address) : undefined,
        ),
      ),
    );
  return {
    byEmail: rows.filter((row) => row.email === email).map((row) => row.createdAt),
    byAccount: userId ? rows.filter((row) => row.userId === userId).map((row) => row.createdAt) : null,
    byAddress: client.trusted
      ? rows.filter((row) => row.ipAddress === client.address).map((row) => row.createdAt)
      : null,
  };
}

/** Counts a request; requests older than everyone's window are pruned on the way. */
export async function recordVerificationRequest(
  { email, userId, client }: VerificationRequester,
  at: Date,
  olderThan: Date,
): Promise<void> {
  await db().delete(emailVerificationRequests).where(lt(emailVerificationRequests.createdAt, olderThan));
  await db().insert(emailVerificationRequests).values({ email, userId, ipAddress: client.address, createdAt: at });
}

export async function storeVerificationToken(
  userId: string,
  token: { purpose: VerificationPurpose; email: string; tokenHash: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await db()
    .insert(emailVerificationTokens)
    .values({ userId, ...token });
}

export type StoredVerificationToken = {
  userId: string;
  purpose: VerificationPurpose;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
};

export async function findVerificationToken(tokenHash: string): Promise<StoredVerificationToken | undefined> {
  const table = emailVerificationTokens;
  const [row] = await db()
    .select({
      userId: table.userId,
      purpose: table.purpose,
      email: table.email,
      expiresAt: table.expiresAt,
      usedAt: table.usedAt,
    })
    .from(table)
    .where(eq(table.tokenHash, tokenHash));
  return row;
}

/**
 * Uses the token if it still works, in one statement, so two uses sent at once cannot both succeed. The
 * token's owner, purpose and address, or undefined when it did not work.
 */
export async function consumeVerificationToken(
  tokenHash: string,
  now: Date,
): Promise<Pick<StoredVerificationToken, 'userId' | 'purpose' | 'email'> | undefined> {
  const table = emailVerificationTokens;
  const [used] = await db()
    .update(table)
    .set({ usedAt: now })
    .where(and(eq(table.tokenHash, tokenHash), isNull(table.usedAt), gt(table.expiresAt, now)))
    .returning({ userId: table.userId, purpose: table.purpose, email: table.email });
  return used;
}

/** Ends every unused link of one purpose of the user, as a confirmation or a cancelled change does. */
export async function endVerificationTokens(userId: string, purpose: VerificationPurpose, now: Date): Promise<void> {
  const table = emailVerificationTokens;
  await db()
    .update(table)
    .set({ usedAt: now })
    .where(and(eq(table.userId, userId), eq(table.purpose, purpose), isNull(table.usedAt)));
}

/** Marks the account's email proven, if it is still `email`; false when the account or its address changed. */
export async function markEmailVerified(userId: string, email: string, now: Date): Promise<boolean> {
  const updated = await db()
    .update(users)
    .set({ emailVerified: now })
    .where(and(eq(users.id, userId), eq(sql`lower(${users.email})`, email.toLowerCase())))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function findPendingEmailChange(userId: string): Promise<{ newEmail: string } | undefined> {
  const [row] = await db()
    .select({ newEmail: pendingEmailChanges.newEmail })
    .from(pendingEmailChanges)
    .where(eq(pendingEmailChanges.userId, userId));
  return row;
}

/** Replaces the user's pending change (one at a time). */
export async function savePendingEmailChange(userId: string, newEmail: string, requestedAt: Date): Promise<void> {
  await db()
    .insert(pendingEmailChanges)
    .values({ userId, newEmail, requestedAt })
    .onConflictDoUpdate({ target: pendingEmailChanges.userId, set: { newEmail, requestedAt } });
}

export async function deletePendingEmailChange(userId: string): Promise<void> {
  await db().delete(pendingEmailChanges).where(eq(pendingEmailChanges.userId, userId));
}

/** Whether an account other than `userId` holds `email` (any case). */
export async function emailBelongsToAnotherAccount(userId: string, email: string): Promise<boolean> {
  const [row] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, userId)));
  return Boolean(row);
}

/**
 * Sets the account's email to an address its owner just proved; call inside a transaction. An unconfirmed
 * account holding that address is removed first: nobody proved it, and it could never sign in, so it holds
 * no data. False, changing nothing, when a confirmed account holds it.
 */
export async function switchEmail(userId: string, newEmail: string, now: Date): Promise<boolean> {
  const email = newEmail.toLowerCase();
  // Two accounts confirming the same address at once: the second waits here and then finds it taken.
  await db().execute(sql`select pg_advisory_xact_lock(hashtextextended(${`email:${email}`}, 0))`);
  await db()
    .delete(users)
    .where(and(eq(sql`lower(${users.email})`, email), ne(users.id, userId), unconfirmedAccount));
  if (await emailBelongsToAnotherAccount(userId, email)) return false;
  const updated = await db()
    .update(users)
    .set({ email, emailVerified: now })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function isEmailVerified(userId: string): Promise<boolean> {
  const [row] = await db().select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId));
  return Boolean(row?.emailVerified);
}

/** A completed password reset proves the inbox too: an unconfirmed account becomes confirmed. */
export async function confirmEmailIfUnconfirmed(userId: string, now: Date): Promise<void> {
  await db()
    .update(users)
    .set({ emailVerified: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerified)));
}

/** Whether an account other than `userId` holds `email` for good: only an unconfirmed one gives way on confirm. */
export async function confirmedAccountHolds(userId: string, email: string): Promise<boolean> {
  const [row] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, userId), not(unconfirmedAccount)));
  return Boolean(row);
}
