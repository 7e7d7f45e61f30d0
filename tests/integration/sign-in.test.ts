import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { authenticate } from '@/lib/server/auth/credentials';
import { registerUser } from '../support/fixtures';
import { signUpSchema } from '@/lib/auth/schema';
import { describeOnEachDatabase } from '../support/database';

const password = 'the right passphrase';
const start = new Date('2026-11-25T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
// Addresses as a trusted proxy reports them (TRUSTED_PROXY_HOPS set), so the per-address limit applies.
const from = (address: string) => ({ address, trusted: true });

async function failuresRecorded(email: string) {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(signInFailures)
    .where(sql`${signInFailures.email} = ${email}`);
  return row?.count ?? 0;
}

describeOnEachDatabase('sign-in with email and password', () => {
  let userId = '';
  beforeAll(async () => {
    const created = await registerUser(signUpSchema.parse({ email: 'ada@example.com', password }));
    if (!created.ok) throw new Error('setup failed');
    userId = created.userId;
    for (const email of ['bob@example.com', 'carol@example.com']) {
      await registerUser(signUpSchema.parse({ email, password }));
    }
  });

  it('accepts the right password, with the email in any case', async () => {
    expect(await authenticate({ email: ' ADA@example.com', password }, from('10.0.0.1'), at(0))).toEqual({
      ok: true,
      userId,
    });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await authenticate(
      { email: 'ada@example.com', password: 'nope nope nope' },
      from('10.0.0.2'),
      at(0),
    );
    const unknownEmail = await authenticate({ email: 'nobody@example.com', password }, from('10.0.0.2'), at(0));
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('refuses the sixth attempt after five failures for one email, even with the right password', async () => {
    for (let minute = 1; minute <= 5; minute++) {
      const attempt = await authenticate(
        { email: 'bob@example.com', password: 'wrong guess!' },
        from('10.0.1.1'),
        at(minute),
      );
      expect(attempt).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate({ email: 'bob@example.com', password }, from('10.0.1.1'), at(6))).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterMinutes: 10,
    });
    // Fifteen minutes after the first failure, one slot has freed up.
    expect(await authenticate({ email: 'bob@example.com', password }, from('10.0.1.1'), at(16.5))).toMatchObject({
      ok: true,
    });
  });

  it('a successful sign-in clears that email’s failures', async () => {
    await authenticate({ email: 'carol@example.com', password: 'wrong guess!' }, from('10.0.2.1'), at(20));
    expect(await failuresRecorded('carol@example.com')).toBe(1);
    await authenticate({ email: 'carol@example.com', password }, from('10.0.2.1'), at(21));
    expect(await failuresRecorded('carol@example.com')).toBe(0);
  });

  it('refuses an IP address after twenty failures across many emails', async () => {
    for (let index = 0; index < 20; index++) {
      await authenticate({ email: `guess${index}@example.com`, password: 'wrong guess!' }, from('10.9.9.9'), at(30));
    }
    const blocked = await authenticate({ email: 'ada@example.com', password }, from('10.9.9.9'), at(31));
    expect(blocked).toEqual({ ok: false, reason: 'rate_limited', retryAfterMinutes: 14 });
    // Another address is not affected.
    expect(await authenticate({ email: 'ada@example.com', password }, from('10.9.9.10'), at(31))).toMatchObject({
      ok: true,
    });
  });
});
