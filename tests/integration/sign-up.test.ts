import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { duplicateEmailMessage, registerUser } from '@/lib/server/auth/sign-up';
import { signUpSchema } from '@/lib/auth/schema';
import { describeOnEachDatabase } from '../support/database';

const countUsersWithEmail = async (email: string) => {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row?.count;
};

describeOnEachDatabase('sign-up', () => {
  it('creates an account with a hashed password, a trimmed lower-case email and the chosen time zone', async () => {
    const input = signUpSchema.parse({
      email: ' Grace@Example.com ',
      password: 'a long passphrase',
      name: 'Grace',
      timeZone: 'Asia/Tokyo',
    });
    const result = await registerUser(input);
    expect(result.ok).toBe(true);

    const [stored] = await db()
      .select()
      .from(users)
      .where(sql`${users.email} = 'grace@example.com'`);
    expect(stored).toMatchObject({ name: 'Grace', timeZone: 'Asia/Tokyo', weekStartsOn: 1 });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored?.createdAt).toBeInstanceOf(Date);
  });

  it('refuses a duplicate email whatever its case, and keeps one account', async () => {
    await registerUser(signUpSchema.parse({ email: 'linus@example.com', password: 'first passphrase' }));
    const again = await registerUser(signUpSchema.parse({ email: 'LINUS@example.com', password: 'second passphrase' }));
    expect(again).toEqual({ ok: false, fieldErrors: { email: [duplicateEmailMessage] } });
    expect(await countUsersWithEmail('linus@example.com')).toBe(1);
  });

  it('the database itself refuses two spellings of one email', async () => {
    await db().insert(users).values({ email: 'Mixed@Example.com' });
    await expect(db().insert(users).values({ email: 'mixed@example.com' })).rejects.toThrow();
  });
});
