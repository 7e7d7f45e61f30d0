'use client';

import { useState, type FormEvent } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { maxImportBytes, nothingImported } from '@/lib/account/import-limits';
import { deleteAccountAction, importAccountData } from './actions';

export function ImportForm() {
  // The summary of what came in (and which settings changed) is long: it stays by the form, not in a toast.
  const form = useFormAction(importAccountData, {}, { successShownInForm: true });
  const [tooLarge, setTooLarge] = useState(false);
  // Refused here before uploading; the server checks again.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    const large = file instanceof File && file.size > maxImportBytes;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  const errors = tooLarge ? ['The file is larger than 20 MB.'] : form.errors('file');
  return (
    <form
      key={form.formKey}
      id={form.formId}
      action={form.formAction}
      onSubmit={checkSize}
      noValidate
      className="space-y-4"
    >
      {form.succeeded && !tooLarge ? (
        <FormMessage message={form.succeeded} tone="info" />
      ) : (
        <FormMessage message={tooLarge ? nothingImported : form.message} />
      )}
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
  const form = useFormAction(deleteAccountAction);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-4">
      <FormMessage message={form.message} />
      {hasPassword ? (
        <TextField
          type="password"
          name="password"
          label="Your password"
          autoComplete="current-password"
          errors={form.errors('password')}
        />
      ) : (
        <TextField
          type="email"
          name="email"
          label="Type your email address to confirm"
          autoComplete="off"
          defaultValue={form.value('email')}
          errors={form.errors('email')}
        />
      )}
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account and all its data
      </SubmitButton>
    </form>
  );
}
