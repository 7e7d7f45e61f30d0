// Password-reset tokens and requests (docs/security.md "Password reset"): the token's shape, how it is
// stored (a SHA-256 hash only), when it stops working, and how often a reset may be asked for. Pure rules:
// the clock and the stored rows come from the caller.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { ResetTokenProblem } from './reset-token-field';
import { waitUntilBelowLimit, type RateLimitDecision } from './rate-limit';

/** 32 random bytes: guessing one is out of reach, and the database holds only its hash. */
const tokenBytes = 32;

export const resetTokenLifetimeMinutes = 60;

const minute = 60_000;

export { resetTokenField, resetTokenProblems, type ResetTokenProblem } from './reset-token-field';

export type NewResetToken = { token: string; tokenHash: string; expiresAt: Date };

/** A fresh token for a reset asked for at `now`: the token goes in the email, the hash in the database. */
export function createResetToken(now: Date): NewResetToken {
  const token = randomBytes(tokenBytes).toString('base64url');
  return { token, tokenHash: hashResetToken(token), expiresAt: resetTokenExpiry(now) };
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function resetTokenExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + resetTokenLifetimeMinutes * minute);
}

/** The stored token a link's hash found, if any. */
export type StoredResetToken = { expiresAt: Date; usedAt: Date | null };

/** Whether a token may set a password now; a used token is "used" even once it has also expired. */
export function checkResetToken(
  stored: StoredResetToken | undefined,
  now: Date,
): { ok: true } | { ok: false; problem: ResetTokenProblem } {
  if (!stored) return { ok: false, problem: 'invalid' };
  if (stored.usedAt) return { ok: false, problem: 'used' };
  if (stored.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: 'expired' };
  return { ok: true };
}

export const resetRequestLimits = {
  windowMinutes: 60,
  /** Emails one address may be sent in an hour: enough to retry, too few to flood an inbox. */
  maxPerAccount: 3,
  /** Requests from one address across accounts; counted only when the address is known (trusted proxies). */
  maxPerAddress: 10,
} as const;

/** Reset requests since windowStart; counted for every request, known email or not, so the answer tells nothing. */
export type RecentResetRequests = { byAccount: Date[]; byAddress: Date[] | null };

export function resetRequestWindowStart(now: Date): Date {
  return new Date(now.getTime() - resetRequestLimits.windowMinutes * minute);
}

export function decideResetRequest(recent: RecentResetRequests, now: Date): RateLimitDecision {
  const { windowMinutes, maxPerAccount, maxPerAddress } = resetRequestLimits;
  const waits = [
    waitUntilBelowLimit(recent.byAccount, maxPerAccount, windowMinutes, now),
    recent.byAddress && waitUntilBelowLimit(recent.byAddress, maxPerAddress, windowMinutes, now),
  ].filter((wait): wait is number => typeof wait === 'number');
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(Math.max(...waits) / minute)) };
}

export function resetWaitMessage(retryAfterMinutes: number): string {
  const unit = retryAfterMinutes === 1 ? 'minute' : 'minutes';
  return `Too many reset requests. Try again in ${retryAfterMinutes} ${unit}.`;
}

/** The one answer to a reset request, whether or not the email belongs to an account. */
export const resetRequestAnswer =
  'If that email belongs to an account, a link to choose a new password is on its way. It works for one hour.';
