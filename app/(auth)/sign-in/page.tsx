import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { oauthProviders } from '@/lib/server/auth/auth';
import { safeCallbackPath } from '@/lib/auth/paths';
import { currentUserId } from '@/lib/server/auth/session';
import { buttonClasses } from '@/components/ui/button-classes';
import { signInWithProvider } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<{ callbackUrl?: string; error?: string; deleted?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: requested, error, deleted } = await searchParams;
  const callbackUrl = safeCallbackPath(requested);
  if (await currentUserId()) redirect(callbackUrl); // a deleted account's token counts as signed out

  const providers = oauthProviders();
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">Welcome back. Your path is where you left it.</p>
      {deleted && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          Your account and all its data were deleted.
        </p>
      )}
      <SignInForm
        callbackUrl={callbackUrl}
        notice={error ? 'Sign-in did not complete. Please try again.' : undefined}
      />
      {providers.length > 0 && (
        <div className="mt-6 space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
          {providers.map((provider) => (
            <form key={provider.id} action={signInWithProvider}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className={buttonClasses('secondary', 'w-full')}>
                Continue with {provider.name}
              </button>
            </form>
          ))}
        </div>
      )}
    </>
  );
}
