import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { verificationLinkProblems } from '@/lib/auth/verification-token-field';
import { checkVerificationLink } from '@/lib/server/auth/email-verification';
import { ConfirmEmailForm } from './confirm-email-form';

export const metadata: Metadata = { title: 'Confirm your email' };

type SearchParams = Promise<{ token?: string | string[] }>;

const linkClasses = 'font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300';

// Opening the link only shows it: the token is used by the button's POST, so a mail scanner that fetches
// the link first uses up nothing.
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const link = await checkVerificationLink(token);

  if (!link.ok) {
    return (
      <>
        <h1 className="mb-1 text-2xl font-bold">Confirm your email</h1>
        <p role="alert" className="mb-6 text-slate-700 dark:text-slate-300">
          {verificationLinkProblems[link.problem]}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          New account?{' '}
          <InAppLink href="/sign-in" className={linkClasses}>
            Sign in
          </InAppLink>{' '}
          with your email and password and we will send you a new link. Changing your email?{' '}
          <InAppLink href="/settings#email-heading" className={linkClasses}>
            Ask again in Settings
          </InAppLink>
          .
        </p>
      </>
    );
  }

  const signUp = link.purpose === 'sign-up';
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{signUp ? 'Confirm your email' : 'Confirm your new email'}</h1>
      <p className="mb-6 break-words text-slate-600 dark:text-slate-400">
        {signUp
          ? `Confirm ${link.email} to finish creating your Trajectory account; you will be signed in.`
          : `Your Trajectory email will change to ${link.email}; from then on you sign in with it.`}
      </p>
      <ConfirmEmailForm
        token={typeof token === 'string' ? token : ''}
        purpose={link.purpose}
        label={signUp ? 'Confirm my email' : 'Change my email'}
      />
    </>
  );
}
