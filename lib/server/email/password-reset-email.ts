// The email with a password-reset link. It names no one and holds nothing the user typed, so there is
// nothing in it for a header or markup injection to use.
import 'server-only';
import { resetTokenLifetimeMinutes } from '@/lib/auth/password-reset';
import { html } from './html';
import type { EmailTemplate } from './render-email';

export const passwordResetEmail: EmailTemplate<{ resetUrl: string }> = ({ resetUrl }) => ({
  subject: 'Choose a new Trajectory password',
  text: [
    'Someone, hopefully you, asked to choose a new password for your Trajectory account.',
    `Open this link to choose it (it works once, for ${resetTokenLifetimeMinutes} minutes):`,
    resetUrl,
    'If you did not ask, ignore this email: your password stays as it is.',
  ].join('\n\n'),
  html: html`<p style="margin:0 0 16px;">
      Someone, hopefully you, asked to choose a new password for your Trajectory account.
    </p>
    <p style="margin:0 0 16px;">
      <a
        href="${resetUrl}"
        style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600;"
        >Choose a new password</a
      >
    </p>
    <p style="margin:0 0 16px;">The link works once, for ${resetTokenLifetimeMinutes} minutes: ${resetUrl}</p>
    <p style="margin:0;">If you did not ask, ignore this email: your password stays as it is.</p>`,
});
