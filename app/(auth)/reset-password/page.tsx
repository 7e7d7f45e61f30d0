import type { Metadata } from 'next';
import { InAppLink } from '@/components/ui/in-app-link';
import { resetTokenField } from '@/lib/auth/password-reset';
import { resetLinkProblem } from '@/lib/server/auth/password-reset';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

type SearchParams = Promise<{ token?: string | string[] }>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  // The link's token passes the same rule as the form's: a mangled link is "not valid", never an error page.
  const parsed = resetTokenField.safeParse((await searchParams).token);
  const problem = parsed.success ? await resetLinkProblem(parsed.data) : parsed.error.issues[0]?.message;

  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Choose a new password</h1>
      {problem || !parsed.success ? (
        <>
          <p role="alert" className="mb-6 text-slate-700 dark:text-slate-300">
            {problem}
          </p>
          <InAppLink
            href="/forgot-password"
            className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Ask for a new link
          </InAppLink>
        </>
      ) : (
        <>
          <p className="mb-6 text-slate-600 dark:text-slate-400">
            Every other device signed in to your account will be signed out.
          </p>
          <ResetPasswordForm token={parsed.data} />
        </>
      )}
    </>
  );
}
