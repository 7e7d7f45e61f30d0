import 'server-only';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { RecentFailures } from '@/lib/auth/rate-limit';
import { db } from '@/db/client';
import { signInFailures } from '@/db/schema';

export async function findRecentSignInFailures(email: string, ipAddress: string, since: Date): Promise<RecentFailures> {
  const rows = await db()
    .select({ email: signInFailures.email, ipAddress: signInFailures.ipAddress, createdAt: signInFailures.createdAt })
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.createdAt, since),
        or(eq(signInFailures.email, email), eq(signInFailures.ipAddress, ipAddress)),
      ),
    );
  return {
    byEmail: rows.filter((row) => row.email === email).map((row) => row.createdAt),
    byIp: rows.filter((row) => row.ipAddress === ipAddress).map((row) => row.createdAt),
  };
}

export async function recordSignInFailure(email: string, ipAddress: string, at: Date): Promise<void> {
  await db().insert(signInFailures).values({ email, ipAddress, createdAt: at });
}

/** A successful sign-in clears that email's failures; old rows of everyone are pruned. */
export async function clearSignInFailures(email: string, olderThan: Date): Promise<void> {
  await db()
    .delete(signInFailures)
    .where(or(eq(signInFailures.email, email), lt(signInFailures.createdAt, olderThan)));
}
