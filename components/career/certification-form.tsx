'use client';

import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction } from '@/components/ui/use-form-action';
import type { CareerFormProps } from './form-props';

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  name: { label: 'Certification' },
  issuer: { label: 'Issuer' },
  earnedOn: { label: 'Earned on' },
  expiresOn: { label: 'Expires on' },
  credentialId: { label: 'Credential id' },
  credentialUrl: { label: 'Credential URL' },
};

export function CertificationForm({ action, initial, submitLabel }: CareerFormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This certification" fields={conflictFields} />
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
      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
