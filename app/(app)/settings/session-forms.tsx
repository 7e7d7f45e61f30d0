'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { passwordMinLength } from '@/lib/auth/password-length';
import { changePasswordAction, signOutEverywhereAction } from './session-actions';

export function ChangePasswordForm() {
  const form = useFormAction(changePasswordAction);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-4">
      <FormMessage message={form.message} />
      <TextField
        type="password"
        name="currentPassword"
        label="Current password"
        autoComplete="current-password"
        errors={form.errors('currentPassword')}
      />
      <TextField
        type="password"
        name="newPassword"
        label="New password"
        autoComplete="new-password"
        hint={`At least ${passwordMinLength} characters, not a common password. Signs you out on every other device.`}
        errors={form.errors('newPassword')}
      />
      <SubmitButton variant="secondary" pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const form = useFormAction(signOutEverywhereAction);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-4">
      <FormMessage message={form.message} />
      <SubmitButton variant="secondary" pendingLabel="Signing out…">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}
