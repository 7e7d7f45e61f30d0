'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { signInWithPassword } from './actions';

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [state, formAction] = useActionState(signInWithPassword, null);
  const failed = state && !state.ok ? state : undefined;

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage message={failed?.message ?? notice} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={failed?.values.email}
        errors={failed?.fieldErrors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors.password}
      />
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
