'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { useSyncExternalStore } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { passwordMinLength } from '@/lib/auth/password-length';
import { EmailField } from '../email-field';
import { signUp } from './actions';
import { CheckYourInbox } from './check-your-inbox';

const subscribeNever = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SignUpForm() {
  const form = useFormAction(signUp, {}, { successShownInForm: true });
  // The account starts in the browser's time zone; Settings can change it.
  const timeZone = useSyncExternalStore(subscribeNever, browserTimeZone, () => '');

  if (form.succeeded) return <CheckYourInbox answer={form.succeeded} />;

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField
        name="name"
        label="Name (optional)"
        autoComplete="name"
        defaultValue={form.value('name')}
        errors={form.errors('name')}
      />
      <EmailField defaultValue={form.value('email')} errors={form.errors('email')} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        hint={`At least ${passwordMinLength} characters. A phrase of a few words works well.`}
        errors={form.errors('password')}
      />
      <SubmitButton pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{' '}
        <InAppLink
          href="/sign-in"
          className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
        >
          Sign in
        </InAppLink>
      </p>
    </form>
  );
}
