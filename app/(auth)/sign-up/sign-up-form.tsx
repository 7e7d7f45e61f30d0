'use client';

import Link from 'next/link';
import { useActionState, useSyncExternalStore } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { passwordMinLength } from '@/lib/auth/schema';
import { signUp } from './actions';

const subscribeNever = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(signUp, null);
  const failed = state && !state.ok ? state : undefined;
  // The account starts in the browser's time zone; Settings can change it.
  const timeZone = useSyncExternalStore(subscribeNever, browserTimeZone, () => '');

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage message={failed?.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField
        name="name"
        label="Name (optional)"
        autoComplete="name"
        defaultValue={failed?.values.name}
        errors={failed?.fieldErrors.name}
      />
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
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        hint={`At least ${passwordMinLength} characters. A phrase of a few words works well.`}
        errors={failed?.fieldErrors.password}
      />
      <SubmitButton pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{' '}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
