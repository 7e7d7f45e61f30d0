// The demo account: created when the embedded database is new, or by `npm run db:seed`.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { currentWeekStart, localDate } from '@/lib/dates/calendar';
import { db, inTransaction } from '@/db/client';
import { seedDemoBalance } from '@/db/seed/balance';
import { seedDemoAchievements } from '@/db/seed/achievements';
import { seedDemoCareer } from '@/db/seed/career';
import { seedDemoPay } from '@/db/seed/compensation';
import { demoStoryStart, seedDemoGoals } from '@/db/seed/goals';
import { seedDemoNextRole } from '@/db/seed/next-role';
import { seedDemoPeople } from '@/db/seed/people';
import { users } from '@/db/schema';

export const demoEmail = 'demo@trajectory.local';
const timeZone = 'Europe/London';

export type DemoAccount = { email: string; password: string };

/** Creates (or recreates) the demo account with a fresh password and returns how to sign in. */
export async function seedDemoAccount(password = randomBytes(9).toString('base64url')): Promise<DemoAccount> {
  const passwordHash = await hashPassword(password);
  const currentWeek = currentWeekStart(new Date(), timeZone, 1);
  await inTransaction(async () => {
    await db().delete(users).where(eq(users.email, demoEmail));
    const [demo] = await db()
      .insert(users)
      .values({
        email: demoEmail,
        name: 'Alex Demo',
        passwordHash,
        timeZone,
        weekStartsOn: 1,
        emailVerified: new Date(),
        // A long-time user: joined when the three years of weekly check-ins began, so the dashboard counts them
        // as progress made here, while the career before it shows as history entered before joining.
        createdAt: new Date(`${demoStoryStart(currentWeek)}T09:00:00Z`),
      })
      .returning({ id: users.id });
    if (!demo) throw new Error('demo user insert failed');
    await seedDemoGoals(demo.id, currentWeek);
    await seedDemoCareer(demo.id, localDate(new Date(), timeZone));
    await seedDemoBalance(demo.id, localDate(new Date(), timeZone));
    await seedDemoAchievements(demo.id, localDate(new Date(), timeZone));
    await seedDemoPay(demo.id, localDate(new Date(), timeZone));
    await seedDemoPeople(demo.id, localDate(new Date(), timeZone));
    await seedDemoNextRole(demo.id, localDate(new Date(), timeZone));
  });
  return { email: demoEmail, password };
}
