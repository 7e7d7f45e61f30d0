// Email-proving links, for a new account and for a change of email (docs/security.md "Email
// verification"): how long a link works and how often one may be mailed. Tokens have the reset link's shape
// (32 random bytes, base64url, only a SHA-256 hash stored). Pure rules: the clock and rows come from the caller.
import { createResetToken, hashResetToken, type NewResetToken } from './password-reset';
import { waitUntilBelowLimit, type RateLimitDecision } from './rate-limit';

export const verificationTokenLifetimeHours = 24;

const minute = 60_000;
const hour = 60 * minute;

export {
  verificationLinkProblems,
  verificationTokenField,
  type VerificationLinkProblem,
} from './verification-token-field';

/** A fresh token for a link asked for at `now`: the token goes in the email, the hash in the database. */
export function createVerificationToken(now: Date): NewResetToken {
  return { ...createResetToken(now), expiresAt: verificationTokenExpiry(now) };
}

export const hashVerificationToken = hashResetToken;

export function verificationTokenExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + verificationTokenLifetimeHours * hour);
}

export const verificationRequestLimits = {
  windowMinutes: 60,
  /** Mails one address may be sent in an hour, and requests one signed-in account may make. */
  maxPerEmail: 3,
  maxPerAccount: 3,
  /** Requests from one address across emails; counted only when the address is known (trusted proxies). */
  maxPerAddress: 10,
} as const;

/** Requests since the window's start; `byAccount` and `byAddress` are null when not counted. */
export type RecentVerificationRequests = { byEmail: Date[]; byAccount: Date[] | null; byAddress: Date[] | null };

export function verificationRequestWindowStart(now: Date): Date {
  return new Date(now.getTime() - verificationRequestLimits.windowMinutes * minute);
}

export function decideVerificationRequest(recent: RecentVerificationRequests, now: Date): RateLimitDecision {
  const { windowMinutes, maxPerEmail, maxPerAccount, maxPerAddress } = verificationRequestLimits;
  const waits = [
    waitUntilBelowLimit(recent.byEmail, maxPerEmail, windowMinutes, now),
    recent.byAccount && waitUntilBelowLimit(recent.byAccount, maxPerAccount, windowMinutes, now),
    recent.byAddress && waitUntilBelowLimit(recent.byAddress, maxPerAddress, windowMinutes, now),
  ].filter((wait): wait is number => typeof wait === 'number');
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(Math.max(...waits) / minute)) };
}

/** The one answer to a sign-up, whatever became of it (new account, unconfirmed one, taken email, throttled). */
export function signUpAnswer(email: string): string {
  return (
    `Check your inbox: we sent a link to ${email} to confirm your email. It works for ${verificationTokenLifetimeHours} hours. ` +
    'If nothing arrives within a few minutes, look in your spam folder, check the address, or sign up again to get a new link.'
  );
}

/** Said to an unconfirmed account signing in with the right password. */
export function confirmEmailFirstMessage(email: string): string {
  return `Confirm your email first: we sent a new link to ${email}. Open it to finish creating your account.`;
}

/** The same, when enough links were sent this hour: the newest one still works. */
export function unconfirmedLinkThrottledMessage(email: string): string {
  return `Confirm your email first: open the newest link we sent to ${email}. We sent several in the last hour, so no new one this time.`;
}

/** The one answer to a change of email, whether or not the new address already has an account. */
export function emailChangeAnswer(email: string): string {
  return `Check the inbox of ${email}: the change takes effect once you open the link we sent there. It works for ${verificationTokenLifetimeHours} hours.`;
}

export function verificationRequestWaitMessage(retryAfterMinutes: number): string {
  const unit = retryAfterMinutes === 1 ? 'minute' : 'minutes';
  return `Too many confirmation emails asked for. Try again in ${retryAfterMinutes} ${unit}.`;
}
