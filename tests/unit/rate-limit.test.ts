import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/ip-address';
import { decideSignInAttempt, historyStart, signInLimits, waitMessage } from '@/lib/auth/rate-limit';

const now = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (count: number, minutes: number) => Array.from({ length: count }, () => minutesAgo(minutes));

describe('sign-in rate limit', () => {
  it('allows an email with four recent failures', () => {
    expect(
      decideSignInAttempt({ byAccountAndAddress: times(4, 1), byAccount: times(4, 1), byAddress: times(4, 1) }, now),
    ).toEqual({ allowed: true });
  });

  it('refuses the sixth attempt after five failures for one email, until the oldest leaves the window', () => {
    const byEmail = [minutesAgo(10), minutesAgo(8), minutesAgo(5), minutesAgo(2), minutesAgo(1)];
    expect(decideSignInAttempt({ byAccountAndAddress: byEmail, byAccount: byEmail, byAddress: byEmail }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 5,
    });
  });

  it('refuses an IP address after twenty failures across different emails', () => {
    const decision = decideSignInAttempt(
      { byAccountAndAddress: [], byAccount: [], byAddress: times(signInLimits.maxFailuresPerAddress, 3) },
      now,
    );
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: 12 });
  });

  it('ignores failures older than the fifteen-minute window', () => {
    expect(
      decideSignInAttempt(
        { byAccountAndAddress: times(10, 16), byAccount: times(10, 16), byAddress: times(30, 15) },
        now,
      ),
    ).toEqual({ allowed: true });
  });

  it('never asks to wait less than a minute', () => {
    const byEmail = times(5, 14.99);
    expect(decideSignInAttempt({ byAccountAndAddress: byEmail, byAccount: [], byAddress: [] }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
  });

  it('reports the longer wait when both limits are reached', () => {
    const decision = decideSignInAttempt(
      { byAccountAndAddress: times(5, 14), byAccount: [], byAddress: times(20, 1) },
      now,
    );
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: 14 });
  });

  it('words the wait for people', () => {
    expect(waitMessage(1)).toBe('Too many sign-in attempts. Try again in 1 minute.');
    expect(waitMessage(12)).toBe('Too many sign-in attempts. Try again in 12 minutes.');
  });

  it('lets an address that keeps guessing one account wait longer each round', () => {
    // Fourteen failures in the hour: the quarter hour decides (the newest five, from 10 minutes ago).
    const fourteen = [...times(9, 50), ...times(5, 10)];
    expect(decideSignInAttempt({ byAccountAndAddress: fourteen, byAccount: [], byAddress: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 5,
    });
    // The fifteenth in the hour meets the hourly tier: wait until the oldest of them is an hour old.
    const fifteen = [...times(10, 50), ...times(5, 16)];
    expect(decideSignInAttempt({ byAccountAndAddress: fifteen, byAccount: [], byAddress: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 10,
    });
    // Fifty in a day: wait until the oldest of them is a day old.
    const fifty = times(50, 23 * 60);
    expect(decideSignInAttempt({ byAccountAndAddress: fifty, byAccount: [], byAddress: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 60,
    });
    expect(historyStart(now)).toEqual(minutesAgo(24 * 60));
  });

  it('caps one account across every address, one below the cap still allowed', () => {
    const below = times(signInLimits.maxFailuresPerAccount - 1, 2);
    expect(decideSignInAttempt({ byAccountAndAddress: [], byAccount: below, byAddress: null }, now)).toEqual({
      allowed: true,
    });
    const at = times(signInLimits.maxFailuresPerAccount, 2);
    expect(decideSignInAttempt({ byAccountAndAddress: [], byAccount: at, byAddress: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 13,
    });
  });

  it('has no limit per address when the address cannot be trusted', () => {
    expect(decideSignInAttempt({ byAccountAndAddress: [], byAccount: [], byAddress: null }, now)).toEqual({
      allowed: true,
    });
  });
});

describe('client address', () => {
  const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { 'x-forwarded-for': value });

  it('without trusted proxies takes the last entry, as Next.js sets it from the connection, and trusts none', () => {
    expect(clientAddress(forwardedFor('192.0.2.1'), 0)).toEqual({ address: '192.0.2.1', trusted: false });
    expect(clientAddress(forwardedFor('10.6.6.6, 192.0.2.1'), 0)).toEqual({ address: '192.0.2.1', trusted: false });
    expect(clientAddress(forwardedFor(), 0)).toEqual({ address: 'unknown', trusted: false });
  });

  it('with trusted proxies takes the entry that many places from the end, whatever the client prepended', () => {
    expect(clientAddress(forwardedFor('10.6.6.6, 192.0.2.1'), 1)).toEqual({ address: '192.0.2.1', trusted: true });
    expect(clientAddress(forwardedFor('10.6.6.6, 192.0.2.1, 172.16.0.2'), 2)).toEqual({
      address: '192.0.2.1',
      trusted: true,
    });
  });

  it('does not trust a header shorter than the proxy chain: the request did not come through it', () => {
    expect(clientAddress(forwardedFor('192.0.2.1'), 2)).toEqual({ address: '192.0.2.1', trusted: false });
  });
});
