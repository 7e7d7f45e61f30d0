// Email + password sign-in with throttling; used by the Auth.js Credentials provider.
import 'server-only';
import { inTransaction } from '@/db/client';
import { findCredentialsByEmail } from '@/db/queries/account/users';
import {
  clearSignInFailures,
  findRecentSignInFailures,
  lockSignInCounters,
  recordSignInFailure,
} from '@/db/queries/auth/sign-in-failures';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { signInSchema } from '@/lib/auth/schema';
import { spendVerificationTime, verifyPassword } from '@/lib/auth/password';
import { sendNewVerificationLink } from './email-verification';
import { checkSecondFactor } from './second-factor';
import { decideSignInAttempt, historyStart, windowStart, type RateLimitDecision } from '@/lib/auth/rate-limit';

export type AuthenticationResult =
  | { ok: true; userId: string; recoveryCodesLeft?: number }
  | { ok: false; reason: 'invalid' | 'code_required' | 'wrong_code' | 'wrong_recovery_code' }
  /** The right password for an account whose email was never confirmed; a new link was sent unless throttled. */
  | { ok: false; reason: 'unconfirmed'; linkSent: boolean }
  | { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

/**
 * Decides and, when allowed, counts the attempt as a failure in one transaction holding the account's (and
 * address's) lock: of twenty attempts sent at once, only as many as the limit get to check a password.
 */
async function reserveAttempt(email: string, client: ClientAddress, now: Date): Promise<RateLimitDecision> {
  return inTransaction(async () => {
    await lockSignInCounters(email, client);
    const failures = await findRecentSignInFailures(email, client, {
      window: windowStart(now),
      history: historyStart(now),
    });
    const decision = decideSignInAttempt(failures, now);
    if (decision.allowed) await recordSignInFailure(email, client.address, now);
    return decision;
  });
}

export async function authenticate(
  credentials: { email?: unknown; password?: unknown; code?: unknown },
  client: ClientAddress,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, code } = parsed.data;

  const reservation = await reserveAttempt(email, client, now);
  if (!reservation.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterMinutes: reservation.retryAfterMinutes };
  }

  const user = await findCredentialsByEmail(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await spendVerificationTime(password), false);

  // The failure recorded in advance stays, for a wrong code as for a wrong password (each try sends the
  // password again, so a guesser of codes meets the same limit); only a whole success clears the failures.
  if (!user || !passwordMatches) return { ok: false, reason: 'invalid' };
  if (!user.emailVerified) {
    // The failure recorded in advance stays: asking again and again is throttled like guessing.
    const sent = await sendNewVerificationLink({ userId: user.id, email }, client, now);
    return { ok: false, reason: 'unconfirmed', linkSent: sent.allowed };
  }
  const secondFactor = await checkSecondFactor(user.id, code, now);
  if (!secondFactor.ok) return secondFactor;
  await clearSignInFailures(email, historyStart(now));
  return { ok: true, userId: user.id, recoveryCodesLeft: secondFactor.recoveryCodesLeft };
}

export type PasswordCheckResult =
  { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

/**
 * The password of a signed-in account, where a change asks for it again (a new password or email, turning
 * two-factor sign-in on or off): throttled as a sign-in, but only the password. A second factor is asked
 * separately where the change needs one, and an address is already confirmed for an account that signed in.
 */
export async function checkCurrentPassword(
  account: { id: string; email: string },
  password: string,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<PasswordCheckResult> {
  const email = account.email.toLowerCase();
  const reservation = await reserveAttempt(email, client, now);
  if (!reservation.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterMinutes: reservation.retryAfterMinutes };
  }
  const user = await findCredentialsByEmail(email);
  const matches =
    user?.id === account.id && user.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : (await spendVerificationTime(password), false);
  if (!matches) return { ok: false, reason: 'invalid' };
  await clearSignInFailures(email, historyStart(now));
  return { ok: true };
}

export type CodeCheckResult =
  | { ok: true }
  | { ok: false; reason: 'code_required' | 'wrong_code' | 'wrong_recovery_code' }
  | { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

/**
 * Checks a second-factor code of a signed-in user with two-factor sign-in on (making new recovery codes),
 * counted by the same throttle as sign-in: a stolen session cannot guess codes faster than a sign-in could.
 */
export async function checkAccountCode(
  account: { id: string; email: string },
  code: string | undefined,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<CodeCheckResult> {
  const email = account.email.toLowerCase();
  const reservation = await reserveAttempt(email, client, now);
  if (!reservation.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterMinutes: reservation.retryAfterMinutes };
  }
  const check = await checkSecondFactor(account.id, code, now);
  if (!check.ok) return check;
  await clearSignInFailures(email, historyStart(now));
  return { ok: true };
}
