'use client';

import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction } from '@/components/ui/use-form-action';
import { skillKindLabels, skillKinds } from '@/lib/career/vocabulary';
import type { CareerFormProps } from './form-props';
import { VocabularySelect } from './vocabulary-select';
import { AssessedOnField, LevelSelect } from './assessment-fields';

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  name: { label: 'Skill' },
  kind: { label: 'Kind', values: skillKindLabels },
  targetLevel: { label: 'Target level' },
};

export function SkillForm({
  action,
  initial,
  submitLabel,
  withFirstAssessment,
}: CareerFormProps & { withFirstAssessment: boolean }) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This skill" fields={conflictFields} />
      <TextField name="name" label="Skill" defaultValue={form.value('name')} errors={form.errors('name')} />
      <VocabularySelect
        name="kind"
        label="Kind"
        prompt="Choose technical or soft"
        options={skillKinds}
        labels={skillKindLabels}
        value={form.value('kind')}
        errors={form.errors('kind')}
      />
      <LevelSelect
        name="targetLevel"
        label="Target level"
        value={form.value('targetLevel')}
        errors={form.errors('targetLevel')}
      />
      {withFirstAssessment && (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">Where you are now (optional)</legend>
          <LevelSelect
            name="level"
            label="Current level"
            value={form.value('level')}
            errors={form.errors('level')}
            optional
          />
          <AssessedOnField value={form.value('assessedOn')} errors={form.errors('assessedOn')} />
        </fieldset>
      )}
      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
