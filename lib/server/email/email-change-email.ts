// The emails of a change of email: the link to the new address (or, when a confirmed account already
// holds it, a note saying nothing will change), and the notices to the old address. The subjects hold
// nothing the user typed; the addresses in the bodies are escaped in HTML like any value.
import 'server-only';
import { verificationTokenLifetimeHours } from '@/lib/auth/email-verification';
import { html } from './html';
import { greeting, linkButton } from './link-button';
import type { EmailTemplate } from './render-email';

export const emailChangeLinkEmail: EmailTemplate<{ name: string | null; newEmail: string; confirmUrl: string }> = ({
  name,
  newEmail,
  confirmUrl,
}) => ({
  subject: 'Confirm your new email for Trajectory',
  text: [
    greeting(name),
    `You asked to sign in to Trajectory with ${newEmail} from now on.`,
    `Open this link to confirm it (it works once, for ${verificationTokenLifetimeHours} hours):`,
    confirmUrl,
    'If you did not ask, ignore this email: nothing changes.',
  ].join('\n\n'),
  html: html`<p style="margin:0 0 16px;">${greeting(name)}</p>
    <p style="margin:0 0 16px;">You asked to sign in to Trajectory with ${newEmail} from now on.</p>
    ${linkButton(confirmUrl, 'Confirm my new email')}
    <p style="margin:0 0 16px;">The link works once, for ${verificationTokenLifetimeHours} hours: ${confirmUrl}</p>
    <p style="margin:0;">If you did not ask, ignore this email: nothing changes.</p>`,
});

export const emailAlreadyUsedEmail: EmailTemplate<{ signInUrl: string; resetUrl: string }> = ({
  signInUrl,
  resetUrl,
}) => ({
  subject: 'Someone tried to move a Trajectory account to your email',
  text: [
    'Someone asked to use this email for their Trajectory account, but you already have an account with it, so nothing changes.',
    `Your account: ${signInUrl}`,
    `Forgot your password? Choose a new one: ${resetUrl}`,
  ].join('\n\n'),
  html: html`<p style="margin:0 0 16px;">
      Someone asked to use this email for their Trajectory account, but you already have an account with it, so nothing
      changes.
    </p>
    ${linkButton(signInUrl, 'Sign in')}
    <p style="margin:0;">Forgot your password? <a href="${resetUrl}">Choose a new one</a>.</p>`,
});

export type EmailChangeStage = 'requested' | 'changed';

export const emailChangeNoticeEmail: EmailTemplate<{
  stage: EmailChangeStage;
  newEmail: string;
  resetUrl: string;
}> = ({ stage, newEmail, resetUrl }) => {
  const what =
    stage === 'requested'
      ? `Someone asked to change your Trajectory email to ${newEmail}. It changes once the link sent there is opened.`
      : `Your Trajectory email was changed to ${newEmail}. From now on you sign in with it.`;
  // The address on a line of its own: in brackets, a mail client or a log may take the closing bracket into the link.
  const ifNotYou = `If this was not you, choose a new password now, then change your email back in Settings:\n${resetUrl}`;
  return {
    subject: stage === 'requested' ? 'Your Trajectory email is being changed' : 'Your Trajectory email was changed',
    text: [what, ifNotYou].join('\n\n'),
    html: html`<p style="margin:0 0 16px;">${what}</p>
      <p style="margin:0;">
        If this was not you, <a href="${resetUrl}">choose a new password now</a> and then change your email back in
        Settings.
      </p>`,
  };
};
