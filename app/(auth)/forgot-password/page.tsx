import type { Metadata } from 'next';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">
        Enter the email you sign in with and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
    </>
  );
}
