// Throttling as an attacker tries it: many attempts at once, from one address or many, and a stranger
// trying to lock the owner out. docs/security.md "Sign-in throttling".
import { beforeAll, expect, it } from 'vitest';
import { authenticate } from '@/lib/server/auth/credentials';
import { registerUser } from '../support/fixtures';
import { clientAddress } from '@/lib/auth/ip-address';
import { signInLimits } from '@/lib/auth/rate-limit';
import { signUpSchema } from '@/lib/auth/schema';
import { describeOnEachDatabase } from '../support/database';

const password = 'the right passphrase';
const start = new Date('2026-11-25T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
// Addresses as a client may claim them, with no trusted proxy to vouch for them.
const from = (address: string) => ({ address, trusted: false });

describeOnEachDatabase('sign-in throttling under attack', () => {
  beforeAll(async () => {
    for (const email of ['dan@example.com', 'eve@example.com', 'fay@example.com']) {
      const created = await registerUser(signUpSchema.parse({ email, password }));
      if (!created.ok) throw new Error('setup failed');
    }
  });

  it('checks at most the limit of passwords when twenty wrong ones arrive at once', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        authenticate({ email: 'dan@example.com', password: `wrong guess ${index}` }, from('10.1.0.1'), at(0)),
      ),
    );
    const checked = attempts.filter((attempt) => attempt.ok === false && attempt.reason === 'invalid');
    expect(checked.length).toBe(signInLimits.maxFailuresPerAccountAndAddress);
    expect(attempts.filter((attempt) => attempt.ok === false && attempt.reason === 'rate_limited').length).toBe(
      20 - signInLimits.maxFailuresPerAccountAndAddress,
    );
  });

  it('a stranger guessing from another address does not lock the owner out', async () => {
    for (let minute = 1; minute <= 5; minute++) {
      await authenticate({ email: 'eve@example.com', password: 'wrong guess!' }, from('198.51.100.7'), at(minute));
    }
    expect(await authenticate({ email: 'eve@example.com', password }, from('198.51.100.7'), at(6))).toMatchObject({
      reason: 'rate_limited',
    });
    expect(await authenticate({ email: 'eve@example.com', password }, from('10.1.0.2'), at(6))).toMatchObject({
      ok: true,
    });
  });

  it('waits grow for an address that keeps guessing one account', async () => {
    const guess = (minute: number) =>
      authenticate({ email: 'fay@example.com', password: 'wrong guess!' }, from('198.51.100.8'), at(minute));
    for (let minute = 0; minute < 5; minute++) await guess(minute);
    const first = await guess(5);
    // Each later round of five waits out the quarter hour; the third round meets the hourly tier.
    for (let minute = 15; minute < 20; minute++) await guess(minute);
    for (let minute = 30; minute < 35; minute++) await guess(minute);
    const second = await guess(35);
    expect(first).toMatchObject({ reason: 'rate_limited' });
    expect(second).toMatchObject({ reason: 'rate_limited' });
    if (first.ok || second.ok || first.reason !== 'rate_limited' || second.reason !== 'rate_limited') return;
    expect(second.retryAfterMinutes).toBeGreaterThan(first.retryAfterMinutes);
  });

  it('addresses rotated by one attacker still meet the limit per account', async () => {
    const attempts = await Promise.all(
      Array.from({ length: signInLimits.maxFailuresPerAccount + 10 }, (_, index) =>
        authenticate({ email: 'dan@example.com', password: 'wrong guess!' }, from(`203.0.113.${index}`), at(2)),
      ),
    );
    const checked = attempts.filter((attempt) => attempt.ok === false && attempt.reason === 'invalid');
    // dan already has five failures from the first test inside this window.
    expect(checked.length).toBe(signInLimits.maxFailuresPerAccount - signInLimits.maxFailuresPerAccountAndAddress);
  });
  it('without trusted proxies, failures across many accounts from one address lock out no new account', async () => {
    // The default `npm start`: no TRUSTED_PROXY_HOPS and no X-Forwarded-For, so every client looks alike.
    const unknown = clientAddress(new Headers(), 0);
    expect(unknown).toEqual({ address: 'unknown', trusted: false });
    await Promise.all(
      Array.from({ length: signInLimits.maxFailuresPerAccount + 10 }, (_, index) =>
        authenticate({ email: `stranger${index}@example.com`, password: 'wrong guess!' }, unknown, at(40)),
      ),
    );
    const created = await registerUser(signUpSchema.parse({ email: 'gus@example.com', password }));
    expect(created).toMatchObject({ ok: true });
    expect(await authenticate({ email: 'gus@example.com', password }, unknown, at(41))).toMatchObject({ ok: true });
  });
});
