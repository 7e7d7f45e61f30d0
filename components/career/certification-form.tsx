'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { CareerFormProps } from './form-props';

export function CertificationForm({ action, initial, submitLabel }: CareerFormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <TextField name="name" label="Certification" defaultValue={form.value('name')} errors={form.errors('name')} />
      <TextField
        name="issuer"
        label="Issuer (optional)"
        defaultValue={form.value('issuer')}
        errors={form.errors('issuer')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="earnedOn"
          label="Earned on"
          type="date"
          defaultValue={form.value('earnedOn')}
          errors={form.errors('earnedOn')}
        />
        <TextField
          name="expiresOn"
          label="Expires on (optional)"
          type="date"
          defaultValue={form.value('expiresOn')}
          errors={form.errors('expiresOn')}
        />
      </div>
      <TextField
        name="credentialId"
        label="Credential id (optional)"
        defaultValue={form.value('credentialId')}
        errors={form.errors('credentialId')}
      />
      <TextField
        name="credentialUrl"
        label="Credential URL (optional)"
        type="url"
        inputMode="url"
        placeholder="https://"
        defaultValue={form.value('credentialUrl')}
        errors={form.errors('credentialUrl')}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
