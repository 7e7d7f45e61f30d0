// The emails of a sign-up: the link that confirms a new account's address, and the notice an existing
// account's address gets when someone signs up with it. The subject holds nothing the user typed.
import 'server-only';
import { verificationTokenLifetimeHours } from '@/lib/auth/email-verification';
import { html } from './html';
import { greeting, linkButton } from './link-button';
import type { EmailTemplate } from './render-email';

export const emailVerificationEmail: EmailTemplate<{ name: string | null; confirmUrl: string }> = ({
  name,
  confirmUrl,
}) => ({
  subject: 'Confirm your email for Trajectory',
  text: [
    greeting(name),
    'Someone, hopefully you, created a Trajectory account with this email.',
    `Open this link to confirm it and sign in (it works once, for ${verificationTokenLifetimeHours} hours):`,
    confirmUrl,
    'If it was not you, ignore this email: the account stays unconfirmed and cannot be used.',
  ].join('\n\n'),
  html: html`<p style="margin:0 0 16px;">${greeting(name)}</p>
    <p style="margin:0 0 16px;">Someone, hopefully you, created a Trajectory account with this email.</p>
    ${linkButton(confirmUrl, 'Confirm my email')}
    <p style="margin:0 0 16px;">The link works once, for ${verificationTokenLifetimeHours} hours: ${confirmUrl}</p>
    <p style="margin:0;">If it was not you, ignore this email: the account stays unconfirmed and cannot be used.</p>`,
});

export const signUpAttemptEmail: EmailTemplate<{ signInUrl: string; resetUrl: string }> = ({
  signInUrl,
  resetUrl,
}) => ({
  subject: 'Someone tried to create a Trajectory account with your email',
  text: [
    'Someone tried to create a new Trajectory account with this email, but you already have one, so nothing was created.',
    `If it was you, sign in: ${signInUrl}`,
    `Forgot your password? Choose a new one: ${resetUrl}`,
    'If it was not you, you can ignore this email: your account is unchanged.',
  ].join('\n\n'),
  html: html`<p style="margin:0 0 16px;">
      Someone tried to create a new Trajectory account with this email, but you already have one, so nothing was
      created.
    </p>
    ${linkButton(signInUrl, 'Sign in')}
    <p style="margin:0 0 16px;">Forgot your password? <a href="${resetUrl}">Choose a new one</a>.</p>
    <p style="margin:0;">If it was not you, you can ignore this email: your account is unchanged.</p>`,
});
