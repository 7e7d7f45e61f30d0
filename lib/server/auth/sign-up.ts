// Sign-up with email verification (docs/security.md "Email verification"): every sign-up gets the same
// answer, "check your inbox", whether the email is new, waiting for its confirmation, or taken.
import 'server-only';
import { createUserWithPassword, findCredentialsByEmail, replaceUnconfirmedAccount } from '@/db/queries/account/users';
import { enqueue } from '@/db/queries/jobs/queue';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { hashPassword } from '@/lib/auth/password';
import type { SignUpInput } from '@/lib/auth/schema';
import { sendEmailVerification, sendSignUpAttempt } from '@/lib/server/jobs/send-email-verification';
import { throttledVerificationRequest } from './verification-requests';

/**
 * No account: creates an unconfirmed one and mails its link. An unconfirmed account with that email: takes
 * the new password, name and time zone (nobody proved the address, and it has no data) and mails a new
 * link. A confirmed account: mails its owner a notice and creates nothing. The password is hashed in every
 * case and mail goes through the job queue, so the time taken tells none of these apart; a throttled
 * sign-up does nothing at all.
 */
export async function requestSignUp(input: SignUpInput, client: ClientAddress, now: Date = new Date()): Promise<void> {
  // Before the transaction: argon2 is slow on purpose, and no lock needs to wait for it.
  const passwordHash = await hashPassword(input.password);
  const account = { name: input.name || null, passwordHash, timeZone: input.timeZone };
  await throttledVerificationRequest({ email: input.email, userId: null, client }, now, async () => {
    const existing = await findCredentialsByEmail(input.email);
    // A GitHub or Google account has no password and no confirmation, but it is a real account all the same.
    if (existing && (existing.emailVerified || !existing.passwordHash)) {
      await enqueue(existing.id, sendSignUpAttempt, {});
      return;
    }
    const userId = existing
      ? (await replaceUnconfirmedAccount(existing.id, account)) && existing.id
      : (await createUserWithPassword({ email: input.email, ...account }))?.id;
    if (userId) await enqueue(userId, sendEmailVerification, { requestedAt: now.toISOString() });
  });
}
