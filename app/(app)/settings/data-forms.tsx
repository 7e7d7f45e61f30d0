'use client';

import { useActionState, useEffect, useState, type FormEvent } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { maxImportBytes } from '@/lib/account/export-schema';
import { deleteAccountAction, importAccountData } from './actions';

export function ImportForm() {
  const [state, formAction] = useActionState(importAccountData, null);
  const [tooLarge, setTooLarge] = useState(false);
  const toast = useToast();
  useEffect(() => {
    if (state?.ok) toast(state.message);
  }, [state, toast]);
  const failed = state && !state.ok ? state : undefined;
  // Refused here before uploading; the server checks again.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    const large = file instanceof File && file.size > maxImportBytes;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  const errors = tooLarge ? ['The file is larger than 20 MB.'] : failed?.fieldErrors.file;
  return (
    <form action={formAction} onSubmit={checkSize} noValidate className="space-y-4">
      <FormMessage message={tooLarge ? 'Nothing was imported.' : failed?.message} />
      <TextField
        type="file"
        name="file"
        label="Export file"
        accept="application/json,.json"
        hint="A file downloaded from Trajectory's export, up to 20 MB. Only into an empty account."
        errors={errors}
      />
      <SubmitButton variant="secondary" pendingLabel="Importing…">
        Import
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, formAction] = useActionState(deleteAccountAction, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage message={failed?.message} />
      {hasPassword ? (
        <TextField type="password" name="password" label="Your password" autoComplete="current-password" errors={failed?.fieldErrors.password} />
      ) : (
        <TextField type="email" name="email" label="Type your email address to confirm" autoComplete="off" errors={failed?.fieldErrors.email} />
      )}
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account and all its data
      </SubmitButton>
    </form>
  );
}
