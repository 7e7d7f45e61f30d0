// Closing an account: every row the user owns goes with it.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, inTransaction } from '@/db/client';
import { signInFailures, users } from '@/db/schema';

/** Removes the user and, by cascade, every row they own; also the sign-in failures recorded for their email. */
export async function deleteAccount(userId: string): Promise<boolean> {
  return inTransaction(async () => {
    const [deleted] = await db().delete(users).where(eq(users.id, userId)).returning({ email: users.email });
    if (!deleted) return false;
    await db()
      .delete(signInFailures)
      .where(and(sql`lower(${signInFailures.email}) = lower(${deleted.email})`));
    return true;
  });
}
