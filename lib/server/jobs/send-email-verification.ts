// Sends a new account the link that confirms its email. As for password reset, the token is made here,
// so it exists only in this mail and, as a hash, in the database; a retry makes a new one.
import 'server-only';
import { z } from 'zod';
import { findUserProfile } from '@/db/queries/account/users';
import { isEmailVerified, storeVerificationToken } from '@/db/queries/auth/email-verifications';
import { createVerificationToken } from '@/lib/auth/email-verification';
import { env } from '@/lib/env';
import { emailVerificationEmail, signUpAttemptEmail } from '@/lib/server/email/email-verification-email';
import { renderEmail } from '@/lib/server/email/render-email';
import { sendEmail } from '@/lib/server/email/send-email';
import { defineJob } from './define-job';

export const sendEmailVerification = defineJob({
  name: 'send-email-verification',
  version: 1,
  // When the link was asked for: it expires a day after that, however late the job runs.
  payload: z.object({ requestedAt: z.iso.datetime() }),
  handler: async ({ requestedAt }, { userId }) => {
    const user = userId ? await findUserProfile(userId) : undefined;
    if (!user || (await isEmailVerified(user.id))) return; // deleted meanwhile, or confirmed by an earlier link
    const requested = new Date(requestedAt);
    const { token, tokenHash, expiresAt } = createVerificationToken(requested);
    await storeVerificationToken(user.id, {
      purpose: 'sign-up',
      email: user.email,
      tokenHash,
      expiresAt,
      createdAt: requested,
    });
    const confirmUrl = `${env().appUrl}/verify-email?token=${token}`;
    await sendEmail({ to: user.email, ...renderEmail(emailVerificationEmail, { name: user.name, confirmUrl }) });
  },
});

/** Someone signed up with the email of a confirmed account: its owner hears of it, and nothing is created. */
export const sendSignUpAttempt = defineJob({
  name: 'send-sign-up-attempt',
  version: 1,
  payload: z.object({}),
  handler: async (_payload, { userId }) => {
    const user = userId ? await findUserProfile(userId) : undefined;
    if (!user) return;
    const { appUrl } = env();
    await sendEmail({
      to: user.email,
      ...renderEmail(signUpAttemptEmail, { signInUrl: `${appUrl}/sign-in`, resetUrl: `${appUrl}/forgot-password` }),
    });
  },
});
