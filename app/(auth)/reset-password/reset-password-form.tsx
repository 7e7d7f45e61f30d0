'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { passwordMinLength } from '@/lib/auth/password-length';
import { chooseNewPassword } from './actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useFormAction(chooseNewPassword);

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordMinLength} characters.`}
        required
        errors={form.errors('password')}
      />
      <SubmitButton pendingLabel="Saving…" className="w-full">
        Save and sign in
      </SubmitButton>
    </form>
  );
}
