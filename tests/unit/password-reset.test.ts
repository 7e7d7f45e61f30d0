import { describe, expect, it } from 'vitest';
import {
  checkResetToken,
  createResetToken,
  decideResetRequest,
  hashResetToken,
  resetRequestLimits,
  resetTokenField,
  resetTokenLifetimeMinutes,
  resetTokenProblems,
} from '@/lib/auth/password-reset';
import { parseResetPasswordForm } from '@/lib/auth/schema';

const now = new Date('2026-11-25T12:00:00Z');
const minutesFrom = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('password-reset tokens', () => {
  it('are 32 random bytes in base64url, different each time, and expire an hour after they are made', () => {
    const first = createResetToken(now);
    const second = createResetToken(now);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(second.token).not.toBe(first.token);
    expect(first.expiresAt).toEqual(minutesFrom(resetTokenLifetimeMinutes));
  });

  it('are stored as their SHA-256 hash, never as themselves', () => {
    const { token, tokenHash } = createResetToken(now);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashResetToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it('accept only the shape they are made in: anything else is "not valid", not an error', () => {
    const { token } = createResetToken(now);
    expect(resetTokenField.safeParse(token).success).toBe(true);
    for (const tampered of ['', 'abc', `${token}x`, `${token.slice(0, 42)}=`, `${token.slice(0, 42)}+`, '../../etc']) {
      const parsed = resetTokenField.safeParse(tampered);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(resetTokenProblems.invalid);
    }
    expect(resetTokenField.safeParse(undefined).error?.issues[0]?.message).toBe(resetTokenProblems.invalid);
  });

  it('work until they expire, and never once used', () => {
    const expiresAt = minutesFrom(60);
    expect(checkResetToken({ expiresAt, usedAt: null }, minutesFrom(59))).toEqual({ ok: true });
    expect(checkResetToken({ expiresAt, usedAt: null }, minutesFrom(60))).toEqual({ ok: false, problem: 'expired' });
    expect(checkResetToken({ expiresAt, usedAt: minutesFrom(5) }, minutesFrom(10))).toEqual({
      ok: false,
      problem: 'used',
    });
    expect(checkResetToken({ expiresAt, usedAt: minutesFrom(5) }, minutesFrom(90))).toEqual({
      ok: false,
      problem: 'used',
    });
    expect(checkResetToken(undefined, now)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('are read from the reset form with the same password rules as sign-up', () => {
    const { token } = createResetToken(now);
    const form = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(values)) data.set(key, value);
      return parseResetPasswordForm(data);
    };
    expect(form({ token, password: 'a long new passphrase' })).toMatchObject({ success: true });
    expect(form({ token, password: 'short' })).toMatchObject({
      success: false,
      fieldErrors: { password: [expect.stringMatching(/at least/)] },
    });
    expect(form({ token: 'tampered', password: 'a long new passphrase' })).toMatchObject({
      success: false,
      fieldErrors: { token: [resetTokenProblems.invalid] },
    });
  });
});

describe('password-reset requests', () => {
  const times = (count: number, minutesAgo: number) => Array.from({ length: count }, () => minutesFrom(-minutesAgo));

  it('allow a few emails an hour to one address, then say how long to wait', () => {
    const below = times(resetRequestLimits.maxPerAccount - 1, 10);
    expect(decideResetRequest({ byAccount: below, byAddress: below }, now)).toEqual({ allowed: true });
    expect(decideResetRequest({ byAccount: times(resetRequestLimits.maxPerAccount, 10), byAddress: [] }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 50,
    });
    expect(decideResetRequest({ byAccount: times(resetRequestLimits.maxPerAccount, 61), byAddress: [] }, now)).toEqual({
      allowed: true,
    });
  });

  it('cap one client address across accounts only when the address can be trusted', () => {
    const many = times(resetRequestLimits.maxPerAddress, 30);
    expect(decideResetRequest({ byAccount: [], byAddress: many }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 30,
    });
    expect(decideResetRequest({ byAccount: [], byAddress: null }, now)).toEqual({ allowed: true });
  });
});
