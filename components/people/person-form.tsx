'use client';

import { VocabularySelect } from '@/components/career/vocabulary-select';
import { SubmitButton } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { TextField } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import { personRelationLabels, personRelations } from '@/lib/people/vocabulary';

type Props = {
  action: FormAction;
  initial: Record<string, string | null | undefined>;
  initialGoalIds: string[];
  /** The user's goals of the network category. */
  networkGoals: { id: string; title: string }[];
  submitLabel: string;
};

export function PersonForm({ action, initial, initialGoalIds, networkGoals, submitLabel }: Props) {
  const form = useFormAction(action, initial);
  const conflictFields: FieldLabels = {
    name: { label: 'Name' },
    relation: { label: 'Relation', values: personRelationLabels },
    whereMet: { label: 'Where you met' },
    notes: { label: 'Notes' },
    goalIds: { label: 'Network goals', values: Object.fromEntries(networkGoals.map((goal) => [goal.id, goal.title])) },
  };
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This person" fields={conflictFields} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" defaultValue={form.value('name')} errors={form.errors('name')} />
        <VocabularySelect
          name="relation"
          label="Relation"
          options={personRelations}
          labels={personRelationLabels}
          value={form.value('relation')}
          errors={form.errors('relation')}
        />
      </div>
      <TextField
        name="whereMet"
        label="Where you met (optional)"
        defaultValue={form.value('whereMet')}
        errors={form.errors('whereMet')}
      />
      <TextareaField
        name="notes"
        label="Notes (optional)"
        defaultValue={form.value('notes')}
        errors={form.errors('notes')}
      />
      <CheckboxGroup
        name="goalIds"
        legend="Network goals this person helps with (optional)"
        options={networkGoals.map((goal) => ({ value: goal.id, label: goal.title }))}
        chosen={form.chosen('goalIds', initialGoalIds)}
        errors={form.errors('goalIds')}
        none="You have no goals of the network category to link."
      />
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
