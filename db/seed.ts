// The demo account: created when the embedded database is new, or by `npm run db:seed`.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { db, inTransaction } from './client';
import { users } from './schema';

export const demoEmail = 'demo@trajectory.local';

export type DemoAccount = { email: string; password: string };

/** Creates (or recreates) the demo account with a fresh password and returns how to sign in. */
export async function seedDemoAccount(password = randomBytes(9).toString('base64url')): Promise<DemoAccount> {
  const passwordHash = await hashPassword(password);
  await inTransaction(async () => {
    await db().delete(users).where(eq(users.email, demoEmail));
    await db().insert(users).values({
      email: demoEmail,
      name: 'Alex Demo',
      passwordHash,
      timeZone: 'Europe/London',
      weekStartsOn: 1,
    });
  });
  return { email: demoEmail, password };
}
