'use client';

import { SubmitButton } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';

export type LinkChoice = { id: string; label: string };

type Props = {
  action: FormAction;
  initial: Record<string, string | undefined>;
  /** The links ticked when the form opens. */
  linked: { goalIds: string[]; skillIds: string[] };
  choices: { goals: LinkChoice[]; skills: LinkChoice[]; positions: LinkChoice[] };
  submitLabel: string;
};

const conflictFields: FieldLabels = {
  title: { label: 'What happened' },
  impact: { label: 'Impact' },
  metric: { label: 'Measured' },
  valueBefore: { label: 'Before' },
  valueAfter: { label: 'After' },
  unit: { label: 'Unit' },
  achievedOn: { label: 'Date' },
  tags: { label: 'Tags' },
};

/** What happened, its impact, an optional measured result, and what it belongs to. */
export function AchievementForm({ action, initial, linked, choices, submitLabel }: Props) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This achievement" fields={conflictFields} />
      <TextField
        name="title"
        label="What happened"
        hint="One line, as you would say it to your manager."
        defaultValue={form.value('title')}
        errors={form.errors('title')}
      />
      <TextareaField
        name="impact"
        label="Impact (optional)"
        hint="Who it helped and why it mattered."
        defaultValue={form.value('impact')}
        errors={form.errors('impact')}
      />
      <TextField
        name="achievedOn"
        label="Date"
        type="date"
        defaultValue={form.value('achievedOn')}
        errors={form.errors('achievedOn')}
      />
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-sm font-medium">Measured result (optional)</legend>
        <TextField
          name="metric"
          label="What you measured"
          hint="For example: deploy time, support tickets a week."
          defaultValue={form.value('metric')}
          errors={form.errors('metric')}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            name="valueBefore"
            label="Before (optional)"
            inputMode="decimal"
            defaultValue={form.value('valueBefore')}
            errors={form.errors('valueBefore')}
          />
          <TextField
            name="valueAfter"
            label="After"
            inputMode="decimal"
            defaultValue={form.value('valueAfter')}
            errors={form.errors('valueAfter')}
          />
          <TextField
            name="unit"
            label="Unit (optional)"
            defaultValue={form.value('unit')}
            errors={form.errors('unit')}
          />
        </div>
      </fieldset>
      {choices.positions.length > 0 && (
        <SelectField
          name="positionId"
          label="Position (optional)"
          defaultValue={form.value('positionId')}
          errors={form.errors('positionId')}
        >
          <option value="">No position</option>
          {choices.positions.map((position) => (
            <option key={position.id} value={position.id}>
              {position.label}
            </option>
          ))}
        </SelectField>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <CheckboxGroup
          name="goalIds"
          legend="Goals it served (optional)"
          options={choices.goals.map(({ id, label }) => ({ value: id, label }))}
          chosen={form.chosen('goalIds', linked.goalIds)}
          errors={form.errors('goalIds')}
          none="No goals yet to link it to."
          scrolling
        />
        <CheckboxGroup
          name="skillIds"
          legend="Skills it shows (optional)"
          options={choices.skills.map(({ id, label }) => ({ value: id, label }))}
          chosen={form.chosen('skillIds', linked.skillIds)}
          errors={form.errors('skillIds')}
          none="No skills yet: add them on the Career page."
          scrolling
        />
      </div>
      <TextField
        name="tags"
        label="Tags (optional)"
        hint="Separated by commas, for example: delivery, mentoring."
        defaultValue={form.value('tags')}
        errors={form.errors('tags')}
      />
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
