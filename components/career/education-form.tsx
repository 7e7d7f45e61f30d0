'use client';

import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction } from '@/components/ui/use-form-action';
import { educationKindLabels, educationKinds } from '@/lib/career/vocabulary';
import type { CareerFormProps } from './form-props';
import { VocabularySelect } from './vocabulary-select';

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  kind: { label: 'Kind', values: educationKindLabels },
  title: { label: 'Title' },
  provider: { label: 'Provider' },
  startedOn: { label: 'Started' },
  completedOn: { label: 'Completed' },
  hours: { label: 'Hours' },
};

export function EducationForm({ action, initial, submitLabel }: CareerFormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This entry" fields={conflictFields} />
      <VocabularySelect
        name="kind"
        label="Kind"
        prompt="Choose the kind of learning"
        options={educationKinds}
        labels={educationKindLabels}
        value={form.value('kind')}
        errors={form.errors('kind')}
      />
      <TextField name="title" label="Title" defaultValue={form.value('title')} errors={form.errors('title')} />
      <TextField
        name="provider"
        label="Provider (optional)"
        defaultValue={form.value('provider')}
        errors={form.errors('provider')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          name="startedOn"
          label="Started (optional)"
          type="date"
          defaultValue={form.value('startedOn')}
          errors={form.errors('startedOn')}
        />
        <TextField
          name="completedOn"
          label="Completed (optional)"
          type="date"
          defaultValue={form.value('completedOn')}
          errors={form.errors('completedOn')}
        />
        <TextField
          name="hours"
          label="Hours (optional)"
          inputMode="decimal"
          defaultValue={form.value('hours')}
          errors={form.errors('hours')}
        />
      </div>
      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
