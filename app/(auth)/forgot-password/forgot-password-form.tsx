'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { EmailField } from '../email-field';
import { askForPasswordReset } from './actions';

export function ForgotPasswordForm() {
  const form = useFormAction(askForPasswordReset, {}, { successShownInForm: true });

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <FormMessage message={form.succeeded} tone="info" />
      <EmailField defaultValue={form.value('email')} errors={form.errors('email')} />
      <SubmitButton pendingLabel="Sending…" className="w-full">
        Send the link
      </SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Remembered it?{' '}
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
