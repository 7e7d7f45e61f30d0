'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { confirmEmail } from './actions';

export function ConfirmEmailForm({ token, purpose, label }: { token: string; purpose: string; label: string }) {
  const form = useFormAction(confirmEmail);

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="purpose" value={purpose} />
      <SubmitButton pendingLabel="Confirming…" className="w-full">
        {label}
      </SubmitButton>
    </form>
  );
}
