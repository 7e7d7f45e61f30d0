import type { Metadata } from 'next';
import { safeCallbackPath } from '@/lib/auth/paths';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">
        Set goals, check in weekly, and watch a job turn into a career. Private to you.
      </p>
      <SignUpForm callbackUrl={safeCallbackPath(callbackUrl)} />
    </>
  );
}
