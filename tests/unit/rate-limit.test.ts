import { describe, expect, it } from 'vitest';
import { decideSignInAttempt, signInLimits, waitMessage } from '@/lib/auth/rate-limit';

const now = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (count: number, minutes: number) => Array.from({ length: count }, () => minutesAgo(minutes));

describe('sign-in rate limit', () => {
  it('allows an email with four recent failures', () => {
    expect(decideSignInAttempt({ byEmail: times(4, 1), byIp: times(4, 1) }, now)).toEqual({ allowed: true });
  });

  it('refuses the sixth attempt after five failures for one email, until the oldest leaves the window', () => {
    const byEmail = [minutesAgo(10), minutesAgo(8), minutesAgo(5), minutesAgo(2), minutesAgo(1)];
    expect(decideSignInAttempt({ byEmail, byIp: byEmail }, now)).toEqual({ allowed: false, retryAfterMinutes: 5 });
  });

  it('refuses an IP address after twenty failures across different emails', () => {
    const decision = decideSignInAttempt({ byEmail: [], byIp: times(signInLimits.maxFailuresPerIp, 3) }, now);
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: 12 });
  });

  it('ignores failures older than the fifteen-minute window', () => {
    expect(decideSignInAttempt({ byEmail: times(10, 16), byIp: times(30, 15) }, now)).toEqual({ allowed: true });
  });

  it('never asks to wait less than a minute', () => {
    const byEmail = times(5, 14.99);
    expect(decideSignInAttempt({ byEmail, byIp: [] }, now)).toEqual({ allowed: false, retryAfterMinutes: 1 });
  });

  it('reports the longer wait when both limits are reached', () => {
    const decision = decideSignInAttempt({ byEmail: times(5, 14), byIp: times(20, 1) }, now);
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: 14 });
  });

  it('words the wait for people', () => {
    expect(waitMessage(1)).toBe('Too many sign-in attempts. Try again in 1 minute.');
    expect(waitMessage(12)).toBe('Too many sign-in attempts. Try again in 12 minutes.');
  });
});
