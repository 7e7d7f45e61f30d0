import type { Metadata } from 'next';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">
        Set goals, check in weekly, and watch a job turn into a career. Private to you.
      </p>
      <SignUpForm />
    </>
  );
}
