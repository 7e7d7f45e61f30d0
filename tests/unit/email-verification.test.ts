import { describe, expect, it } from 'vitest';
import {
  confirmEmailFirstMessage,
  createVerificationToken,
  decideVerificationRequest,
  emailChangeAnswer,
  hashVerificationToken,
  signUpAnswer,
  verificationLinkProblems,
  verificationRequestLimits,
  verificationTokenField,
  verificationTokenLifetimeHours,
} from '@/lib/auth/email-verification';
import { parseChangeEmailForm, parseConfirmEmailForm } from '@/lib/auth/schema';

const now = new Date('2026-11-25T12:00:00Z');
const minutesFrom = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const times = (count: number, minutesAgo: number) => Array.from({ length: count }, () => minutesFrom(-minutesAgo));

describe('email-verification tokens', () => {
  it('are 32 random bytes in base64url, stored as a SHA-256 hash, and last a day', () => {
    const { token, tokenHash, expiresAt } = createVerificationToken(now);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).not.toBe(createVerificationToken(now).token);
    expect(tokenHash).toBe(hashVerificationToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verificationTokenLifetimeHours).toBe(24);
    expect(expiresAt).toEqual(minutesFrom(24 * 60));
  });

  it('arrive through one field that calls anything else not valid', () => {
    const { token } = createVerificationToken(now);
    expect(verificationTokenField.safeParse(token).success).toBe(true);
    for (const bad of ['', token.slice(1), `${token}=`, `${token.slice(0, 42)}+`, 42, undefined]) {
      const parsed = verificationTokenField.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(verificationLinkProblems.invalid);
    }
    expect(parseConfirmEmailForm(form({ token, purpose: 'sign-up' })).success).toBe(true);
    expect(parseConfirmEmailForm(form({ token, purpose: 'admin' })).success).toBe(false);
  });

  it('each problem is one sentence', () => {
    for (const sentence of Object.values(verificationLinkProblems))
      expect(sentence).toMatch(/^[A-Z][^.]*\.( [A-Z][^.]*\.)?$/);
  });
});

describe('verification request throttling', () => {
  const { maxPerEmail, maxPerAccount, maxPerAddress } = verificationRequestLimits;

  it('allows a few per email, per account and per trusted address within an hour', () => {
    const quiet = { byEmail: times(maxPerEmail - 1, 10), byAccount: times(maxPerAccount - 1, 10), byAddress: [] };
    expect(decideVerificationRequest(quiet, now)).toEqual({ allowed: true });
    expect(decideVerificationRequest({ ...quiet, byEmail: times(maxPerEmail, 10) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 50,
    });
    expect(decideVerificationRequest({ ...quiet, byAccount: times(maxPerAccount, 59) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(decideVerificationRequest({ ...quiet, byAddress: times(maxPerAddress, 30) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 30,
    });
  });

  it('forgets requests older than the hour, and ignores what it does not count (null)', () => {
    expect(decideVerificationRequest({ byEmail: times(10, 61), byAccount: null, byAddress: null }, now)).toEqual({
      allowed: true,
    });
  });
});

describe('answers', () => {
  it('say where the link went, for how long, and what to do when it does not come', () => {
    expect(signUpAnswer('ada@example.com')).toContain('ada@example.com');
    expect(signUpAnswer('ada@example.com')).toContain('24 hours');
    expect(signUpAnswer('ada@example.com')).toMatch(/spam/);
    expect(confirmEmailFirstMessage('ada@example.com')).toMatch(/^Confirm your email first/);
    expect(emailChangeAnswer('new@example.com')).toContain('new@example.com');
  });

  it('the change-email form wants a valid new address and the current password', () => {
    const parsed = parseChangeEmailForm(form({ newEmail: ' New@Example.com ', passwordForEmail: 'x' }));
    expect(parsed).toMatchObject({ success: true, data: { newEmail: 'new@example.com' } });
    expect(parseChangeEmailForm(form({ newEmail: 'nope', passwordForEmail: '' })).success).toBe(false);
  });
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
