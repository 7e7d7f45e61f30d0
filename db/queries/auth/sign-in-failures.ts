// Failed sign-ins, one row each, shared by every app instance. An attempt reserves its row before the
// password is checked (lib/server/auth/credentials.ts), under a lock per account and per address, so
// attempts sent at once are counted one after another.
import 'server-only';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { ClientAddress } from '@/lib/auth/ip-address';
import type { RecentFailures } from '@/lib/auth/rate-limit';
import { db } from '@/db/client';
import { signInFailures } from '@/db/schema';

/**
 * Holds, until the transaction ends, the locks of this account and (when trusted) this address: the next
 * attempt for either waits here. Taken in a fixed order so two attempts never wait for each other.
 */
export async function lockSignInCounters(email: string, client: ClientAddress): Promise<void> {
  const keys = [`sign-in:account:${email}`, ...(client.trusted ? [`sign-in:address:${client.address}`] : [])].sort();
  for (const key of keys) await db().execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

export async function findRecentSignInFailures(
  email: string,
  client: ClientAddress,
  since: { window: Date; history: Date },
): Promise<RecentFailures> {
  const rows = await db()
    .select({ email: signInFailures.email, ipAddress: signInFailures.ipAddress, createdAt: signInFailures.createdAt })
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.createdAt, since.history),
        or(eq(signInFailures.email, email), client.trusted ? eq(signInFailures.ipAddress, client.address) : undefined),
      ),
    );
  const inWindow = (row: { createdAt: Date }) => row.createdAt > since.window;
  return {
    byAccountAndAddress: rows
      .filter((row) => row.email === email && row.ipAddress === client.address)
      .map((row) => row.createdAt),
    byAccount: rows.filter((row) => row.email === email && inWindow(row)).map((row) => row.createdAt),
    byAddress: client.trusted
      ? rows.filter((row) => row.ipAddress === client.address && inWindow(row)).map((row) => row.createdAt)
      : null,
  };
}

/** Counts an attempt as failed before its password is checked; a success clears it again. */
export async function recordSignInFailure(email: string, ipAddress: string, at: Date): Promise<void> {
  await db().insert(signInFailures).values({ email, ipAddress, createdAt: at });
}

/** A successful sign-in clears that email's failures; rows older than the history of everyone are pruned. */
export async function clearSignInFailures(email: string, olderThan: Date): Promise<void> {
  await db()
    .delete(signInFailures)
    .where(or(eq(signInFailures.email, email), lt(signInFailures.createdAt, olderThan)));
}
