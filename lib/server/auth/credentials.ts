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
import { decideSignInAttempt, historyStart, windowStart, type RateLimitDecision } from '@/lib/auth/rate-limit';

export type AuthenticationResult =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid' }
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
  credentials: { email?: unknown; password?: unknown },
  client: ClientAddress,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const reservation = await reserveAttempt(email, client, now);
  if (!reservation.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterMinutes: reservation.retryAfterMinutes };
  }

  const user = await findCredentialsByEmail(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await spendVerificationTime(password), false);

  // The failure recorded in advance stays; a success clears the account's failures.
  if (!user || !passwordMatches) return { ok: false, reason: 'invalid' };
  await clearSignInFailures(email, historyStart(now));
  return { ok: true, userId: user.id };
}
