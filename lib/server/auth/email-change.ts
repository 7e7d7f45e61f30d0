// Changing one's email (docs/security.md "Email verification"): the new address is proved by a link mailed
// to it, and the old one hears of the request and of the change. The request answers the same whether or
// not the new address already has an account.
import 'server-only';
import { findUserProfile, type UserProfile } from '@/db/queries/account/users';
import {
  deletePendingEmailChange,
  findPendingEmailChange,
  savePendingEmailChange,
  switchEmail,
  endVerificationTokens,
} from '@/db/queries/auth/email-verifications';
import { enqueue } from '@/db/queries/jobs/queue';
import { inTransaction } from '@/db/client';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { emailChangeAnswer, verificationRequestWaitMessage } from '@/lib/auth/email-verification';
import { waitMessage } from '@/lib/auth/rate-limit';
import type { ChangeEmailInput } from '@/lib/auth/schema';
import { verificationLinkProblems } from '@/lib/auth/verification-token-field';
import { AppError } from '@/lib/errors';
import { sendEmailChangeLink, sendEmailChangeNotice } from '@/lib/server/jobs/send-email-change';
import { checkCurrentPassword } from './credentials';
import { LinkRefused, redeemVerificationLink } from './email-verification';
import { throttledVerificationRequest } from './verification-requests';
import { nudgeJobRunner } from '@/lib/server/jobs/nudge';

/** Checks the current password as a sign-in would (throttled alike), then mails the new address its link. */
export async function requestEmailChange(
  user: UserProfile,
  { newEmail, passwordForEmail: currentPassword }: ChangeEmailInput,
  client: ClientAddress,
  now: Date = new Date(),
): Promise<string> {
  if (newEmail === user.email.toLowerCase()) {
    throw new AppError('invalid-input', 'That is already your email.', 'newEmail');
  }
  const check = await checkCurrentPassword(user, currentPassword, client, now);
  if (!check.ok && check.reason === 'rate_limited')
    throw new AppError('rate-limited', waitMessage(check.retryAfterMinutes), 'passwordForEmail');
  if (!check.ok) throw new AppError('invalid-input', 'That is not your current password.', 'passwordForEmail');

  const decision = await throttledVerificationRequest({ email: newEmail, userId: user.id, client }, now, async () => {
    // One change at a time: a new request ends the links of the one before.
    await endVerificationTokens(user.id, 'change-email', now);
    await savePendingEmailChange(user.id, newEmail, now);
    await enqueue(user.id, sendEmailChangeLink, { newEmail, requestedAt: now.toISOString() });
    await enqueue(user.id, sendEmailChangeNotice, { to: user.email, newEmail, stage: 'requested' });
  });
  if (!decision.allowed) throw new AppError('rate-limited', verificationRequestWaitMessage(decision.retryAfterMinutes));
  return emailChangeAnswer(newEmail);
}

/** Ends the pending change: its links stop working. */
export async function cancelEmailChange(userId: string, now: Date = new Date()): Promise<void> {
  await inTransaction(async () => {
    await deletePendingEmailChange(userId);
    await endVerificationTokens(userId, 'change-email', now);
  });
}

/**
 * Uses the link and switches the email in one transaction, then tells the old address. A link whose
 * change was cancelled or replaced is not valid; an address a confirmed account took meanwhile changes
 * nothing and says so.
 */
export async function confirmEmailChange(
  token: unknown,
  now: Date = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
  const result = await redeemVerificationLink(token, 'change-email', now, async ({ userId, email }) => {
    const pending = await findPendingEmailChange(userId);
    const user = await findUserProfile(userId);
    if (!user || pending?.newEmail !== email) throw new LinkRefused('invalid');
    if (!(await switchEmail(userId, email, now))) throw new LinkRefused('taken');
    await deletePendingEmailChange(userId);
    await enqueue(userId, sendEmailChangeNotice, { to: user.email, newEmail: email, stage: 'changed' });
  });
  if (!result.ok) return { ok: false, message: verificationLinkProblems[result.problem] };
  nudgeJobRunner();
  return { ok: true, email: result.link.email };
}
