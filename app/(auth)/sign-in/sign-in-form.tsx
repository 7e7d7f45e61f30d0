'use client';

import Link from 'next/link';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { EmailField } from '../email-field';
import { signInWithPassword } from './actions';

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const form = useFormAction(signInWithPassword);

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message ?? notice} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField defaultValue={form.value('email')} errors={form.errors('email')} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={form.errors('password')}
      />
      <p className="-mt-2 text-sm">
        <Link
          href="/forgot-password"
          className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
        >
          Forgot your password?
        </Link>
      </p>
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New here?{' '}
        <Link
          href={callbackUrl === '/dashboard' ? '/sign-up' : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
