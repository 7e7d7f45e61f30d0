'use client';

import { VocabularySelect } from '@/components/career/vocabulary-select';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import { interactionKindLabels, interactionKinds } from '@/lib/people/vocabulary';

export function InteractionForm({ action, today }: { action: FormAction; today: string }) {
  const form = useFormAction(action, { occurredOn: today, kind: 'meeting' });
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="occurredOn"
          label="Date"
          type="date"
          defaultValue={form.value('occurredOn')}
          errors={form.errors('occurredOn')}
        />
        <VocabularySelect
          name="kind"
          label="Kind"
          options={interactionKinds}
          labels={interactionKindLabels}
          value={form.value('kind')}
          errors={form.errors('kind')}
        />
      </div>
      <TextareaField
        name="note"
        label="What you talked about (optional)"
        rows={2}
        defaultValue={form.value('note')}
        errors={form.errors('note')}
      />
      <SubmitButton pendingLabel="Saving…">Add interaction</SubmitButton>
    </form>
  );
}
