'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { CareerFormProps } from './form-props';
import { AssessedOnField, LevelSelect } from './assessment-fields';

export function AssessmentForm({ action, initial, submitLabel }: CareerFormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <AssessedOnField value={form.value('assessedOn')} errors={form.errors('assessedOn')} />
        <LevelSelect name="level" label="Level" value={form.value('level')} errors={form.errors('level')} />
      </div>
      <TextareaField
        name="evidence"
        label="Evidence (optional)"
        hint="What shows this level: a project, feedback, a link."
        defaultValue={form.value('evidence')}
        errors={form.errors('evidence')}
        rows={2}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
