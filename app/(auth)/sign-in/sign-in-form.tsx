'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { EmailField } from '../email-field';
import { signInWithPassword } from './actions';

const linkClasses = 'font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300';

/**
 * Email and password; then, for an account with two-factor sign-in, the code. The password is kept here (the
 * server never sends a password back), so the second step sends email, password and code together.
 */
export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const form = useFormAction(signInWithPassword);
  const [password, setPassword] = useState('');
  const codeErrors = form.errors('code');

  if (codeErrors) {
    return (
      <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
        <FormMessage message={form.message} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="email" value={form.value('email')} />
        <input type="hidden" name="password" value={password} />
        <TextField
          name="code"
          label="Two-factor code"
          autoComplete="one-time-code"
          hint="From your authenticator app, or one of your recovery codes if you do not have your phone."
          errors={codeErrors}
        />
        <SubmitButton pendingLabel="Signing in…" className="w-full">
          Sign in
        </SubmitButton>
        <p className="text-center text-sm">
          {/* A full load starts over with an empty form. */}
          <a href="/sign-in" className={linkClasses}>
            Sign in as someone else
          </a>
        </p>
      </form>
    );
  }

  return (
    <form
      key={form.formKey}
      id={form.formId}
      action={form.formAction}
      // Read as sent (typed or filled in by a password manager), for the code step.
      onSubmit={(event) =>
        setPassword(event.currentTarget.querySelector<HTMLInputElement>('input[name=password]')?.value ?? '')
      }
      noValidate
      className="space-y-5"
    >
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
        <InAppLink href="/forgot-password" className={linkClasses}>
          Forgot your password?
        </InAppLink>
      </p>
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New here?{' '}
        <InAppLink
          href={callbackUrl === '/dashboard' ? '/sign-up' : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className={linkClasses}
        >
          Create an account
        </InAppLink>
      </p>
    </form>
  );
}
