// Sends a password-reset link. The token is made here, not when the reset is asked for: it then exists
// only in this mail and, as a hash, in the database, never in the job's stored payload. A retry makes a
// new token; one made by an attempt whose mail never left is known to no one.
import 'server-only';
import { z } from 'zod';
import { findUserProfile } from '@/db/queries/account/users';
import { storeResetToken } from '@/db/queries/auth/password-resets';
import { createResetToken } from '@/lib/auth/password-reset';
import { env } from '@/lib/env';
import { passwordResetEmail } from '@/lib/server/email/password-reset-email';
import { renderEmail } from '@/lib/server/email/render-email';
import { sendEmail } from '@/lib/server/email/send-email';
import { defineJob } from './define-job';

export const sendPasswordReset = defineJob({
  name: 'send-password-reset',
  version: 1,
  // When the reset was asked for: the link expires an hour after that, however late the job runs.
  payload: z.object({ requestedAt: z.iso.datetime() }),
  handler: async ({ requestedAt }, { userId }) => {
    const user = userId ? await findUserProfile(userId) : undefined;
    if (!user) return; // the account was deleted meanwhile
    const requested = new Date(requestedAt);
    const { token, tokenHash, expiresAt } = createResetToken(requested);
    await storeResetToken(user.id, { tokenHash, expiresAt, createdAt: requested });
    const resetUrl = `${env().appUrl}/reset-password?token=${token}`;
    await sendEmail({ to: user.email, ...renderEmail(passwordResetEmail, { resetUrl }) });
  },
});
