// The mails of a change of email (lib/server/auth/email-change.ts). The link's token is made here, as for
// password reset; a change cancelled or replaced before the job runs sends nothing.
import 'server-only';
import { z } from 'zod';
import { findUserProfile } from '@/db/queries/account/users';
import {
  confirmedAccountHolds,
  findPendingEmailChange,
  storeVerificationToken,
} from '@/db/queries/auth/email-verifications';
import { createVerificationToken } from '@/lib/auth/email-verification';
import { env } from '@/lib/env';
import {
  emailAlreadyUsedEmail,
  emailChangeLinkEmail,
  emailChangeNoticeEmail,
} from '@/lib/server/email/email-change-email';
import { renderEmail } from '@/lib/server/email/render-email';
import { sendEmail } from '@/lib/server/email/send-email';
import { defineJob } from './define-job';

const email = z.email().max(254);

export const sendEmailChangeLink = defineJob({
  name: 'send-email-change-link',
  version: 1,
  payload: z.object({ newEmail: email, requestedAt: z.iso.datetime() }),
  handler: async ({ newEmail, requestedAt }, { userId }) => {
    const user = userId ? await findUserProfile(userId) : undefined;
    if (!user || (await findPendingEmailChange(user.id))?.newEmail !== newEmail) return;
    const { appUrl } = env();
    if (await confirmedAccountHolds(user.id, newEmail)) {
      // Told to the address's owner only: the one who asked hears the same as for a free address.
      const urls = { signInUrl: `${appUrl}/sign-in`, resetUrl: `${appUrl}/forgot-password` };
      await sendEmail({ to: newEmail, ...renderEmail(emailAlreadyUsedEmail, urls) });
      return;
    }
    const requested = new Date(requestedAt);
    const { token, tokenHash, expiresAt } = createVerificationToken(requested);
    await storeVerificationToken(user.id, {
      purpose: 'change-email',
      email: newEmail,
      tokenHash,
      expiresAt,
      createdAt: requested,
    });
    const confirmUrl = `${appUrl}/verify-email?token=${token}`;
    await sendEmail({ to: newEmail, ...renderEmail(emailChangeLinkEmail, { name: user.name, newEmail, confirmUrl }) });
  },
});

/** To the old address: a change was asked for, or made. */
export const sendEmailChangeNotice = defineJob({
  name: 'send-email-change-notice',
  version: 1,
  payload: z.object({ to: email, newEmail: email, stage: z.enum(['requested', 'changed']) }),
  handler: async ({ to, newEmail, stage }) => {
    const resetUrl = `${env().appUrl}/forgot-password`;
    await sendEmail({ to, ...renderEmail(emailChangeNoticeEmail, { stage, newEmail, resetUrl }) });
  },
});
