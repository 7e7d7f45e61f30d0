// Forgot password: asking for a reset link, and choosing a new password with one (docs/security.md
// "Password reset"). Both take the clock as an argument so tests can move it.
import 'server-only';
import { inTransaction } from '@/db/client';
import { findCredentialsByEmail, findUserProfile } from '@/db/queries/account/users';
import {
  findRecentResetRequests,
  findResetToken,
  lockResetRequestCounters,
  recordResetRequest,
  useResetToken,
} from '@/db/queries/auth/password-resets';
import { confirmEmailIfUnconfirmed } from '@/db/queries/auth/email-verifications';
import { replacePassword } from '@/db/queries/auth/sessions';
import { enqueue } from '@/db/queries/jobs/queue';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { hashPassword } from '@/lib/auth/password';
import {
  checkResetToken,
  decideResetRequest,
  hashResetToken,
  resetRequestWindowStart,
  resetTokenProblems,
  resetWaitMessage,
} from '@/lib/auth/password-reset';
import type { ForgotPasswordInput, ResetPasswordInput } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';
import { nudgeJobRunner } from '@/lib/server/jobs/nudge';
import { sendPasswordReset } from '@/lib/server/jobs/send-password-reset';

/**
 * Counts the request and, when the email has an account, enqueues the mail, all in one transaction under the
 * email's (and address's) lock. Known and unknown emails take the same path and get the same answer; only
 * a throttled request is told apart, and it is throttled alike for both.
 */
export async function requestPasswordReset(
  { email }: ForgotPasswordInput,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<void> {
  await inTransaction(async () => {
    await lockResetRequestCounters(email, client);
    const since = resetRequestWindowStart(now);
    const decision = decideResetRequest(await findRecentResetRequests(email, client, since), now);
    if (!decision.allowed) throw new AppError('rate-limited', resetWaitMessage(decision.retryAfterMinutes));
    await recordResetRequest(email, client.address, now, since);
    const user = await findCredentialsByEmail(email);
    if (user) await enqueue(user.id, sendPasswordReset, { requestedAt: now.toISOString() });
  });
  nudgeJobRunner();
}

/** Why a link does not work, in one sentence; null while it does (the reset page asks for a password then). */
export async function resetLinkProblem(token: string, now: Date = new Date()): Promise<string | null> {
  const check = checkResetToken(await findResetToken(hashResetToken(token)), now);
  return check.ok ? null : resetTokenProblems[check.problem];
}

/**
 * Uses the token and sets the new password together: every session the user had ends with the old
 * password (its session version is raised). Returns the account's email, to sign in with; a token that does
 * not work changes nothing and says why.
 */
export async function resetPassword(
  { token, password }: ResetPasswordInput,
  now: Date = new Date(),
): Promise<{ email: string }> {
  // Hashed before the transaction: argon2 is slow on purpose, and no row needs to wait for it.
  const passwordHash = await hashPassword(password);
  const tokenHash = hashResetToken(token);
  const userId = await inTransaction(async () => {
    const owner = await useResetToken(tokenHash, now);
    if (!owner || !(await replacePassword(owner, passwordHash))) return undefined;
    // The link came to the account's address: that proves it, as a confirmation link would.
    await confirmEmailIfUnconfirmed(owner, now);
    return owner;
  });
  const user = userId ? await findUserProfile(userId) : undefined;
  if (!user) {
    throw new AppError('invalid-input', (await resetLinkProblem(token, now)) ?? resetTokenProblems.invalid, 'token');
  }
  return { email: user.email };
}
