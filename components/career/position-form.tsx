'use client';

import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction } from '@/components/ui/use-form-action';
import {
  employmentTypeLabels,
  employmentTypes,
  howReachedLabels,
  howReachedOptions,
  payBases,
  payBasisLabels,
} from '@/lib/career/vocabulary';
import type { CareerFormProps } from './form-props';
import { VocabularySelect } from './vocabulary-select';

const yesNo = { on: 'Yes', '': 'No' };

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  title: { label: 'Role title' },
  employer: { label: 'Employer' },
  level: { label: 'Level or seniority' },
  employmentType: { label: 'Employment type', values: employmentTypeLabels },
  payBasis: { label: 'Pay basis', values: payBasisLabels },
  hasBonus: { label: 'Bonus', values: yesNo },
  hasStockOptions: { label: 'Stock options', values: yesNo },
  hasBenefits: { label: 'Benefits', values: yesNo },
  startedOn: { label: 'Started' },
  endedOn: { label: 'Ended' },
  howReached: { label: 'How you reached it', values: howReachedLabels },
};

export function PositionForm({ action, initial, submitLabel }: CareerFormProps) {
  const form = useFormAction(action, initial);
  const flags = [
    ['hasBonus', 'Bonus'],
    ['hasStockOptions', 'Stock options'],
    ['hasBenefits', 'Benefits'],
  ] as const;
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <EditFormHead form={form} version={initial.version} subject="This role" fields={conflictFields} />
      <TextField name="title" label="Role title" defaultValue={form.value('title')} errors={form.errors('title')} />
      <TextField
        name="employer"
        label="Employer"
        defaultValue={form.value('employer')}
        errors={form.errors('employer')}
      />
      <TextField
        name="level"
        label="Level or seniority (optional)"
        placeholder="e.g. Junior, L3, Senior"
        defaultValue={form.value('level')}
        errors={form.errors('level')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <VocabularySelect
          name="employmentType"
          label="Employment type"
          options={employmentTypes}
          labels={employmentTypeLabels}
          value={form.value('employmentType')}
          errors={form.errors('employmentType')}
        />
        <VocabularySelect
          name="payBasis"
          label="Pay basis"
          options={payBases}
          labels={payBasisLabels}
          value={form.value('payBasis')}
          errors={form.errors('payBasis')}
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Also part of the package</legend>
        <div className="flex flex-wrap gap-x-6">
          {flags.map(([name, label]) => (
            <label key={name} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name={name}
                defaultChecked={form.checked(name)}
                className="h-5 w-5 accent-brand-700"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="startedOn"
          label="Started"
          type="date"
          defaultValue={form.value('startedOn')}
          errors={form.errors('startedOn')}
        />
        <TextField
          name="endedOn"
          label="Ended (leave empty if current)"
          type="date"
          defaultValue={form.value('endedOn')}
          errors={form.errors('endedOn')}
        />
      </div>
      <VocabularySelect
        name="howReached"
        label="How you reached it"
        options={howReachedOptions}
        labels={howReachedLabels}
        value={form.value('howReached')}
        errors={form.errors('howReached')}
      />
      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
