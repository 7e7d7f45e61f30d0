'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import {
  educationKindLabels,
  educationKinds,
  employmentTypeLabels,
  employmentTypes,
  howReachedLabels,
  howReachedOptions,
  payBases,
  payBasisLabels,
  skillKindLabels,
  skillKinds,
  skillLevels,
} from '@/lib/career/vocabulary';

type FormProps = { action: FormAction; initial: Record<string, string | null | undefined>; submitLabel: string };

function LevelSelect({ name, label, value, errors, optional }: { name: string; label: string; value: string; errors?: string[]; optional?: boolean }) {
  return (
    <SelectField name={name} label={label} defaultValue={value} errors={errors}>
      <option value="">{optional ? 'Not now' : 'Choose a level'}</option>
      {skillLevels.map((entry) => (
        <option key={entry.level} value={entry.level}>
          {entry.level} – {entry.name}: {entry.meaning}
        </option>
      ))}
    </SelectField>
  );
}

export function SkillForm({ action, initial, submitLabel, withFirstAssessment }: FormProps & { withFirstAssessment: boolean }) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <TextField name="name" label="Skill" defaultValue={form.value('name')} errors={form.errors('name')} />
      <SelectField name="kind" label="Kind" defaultValue={form.value('kind')} errors={form.errors('kind')}>
        <option value="">Choose technical or soft</option>
        {skillKinds.map((kind) => (
          <option key={kind} value={kind}>
            {skillKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <LevelSelect name="targetLevel" label="Target level" value={form.value('targetLevel')} errors={form.errors('targetLevel')} />
      {withFirstAssessment && (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">Where you are now (optional)</legend>
          <LevelSelect name="level" label="Current level" value={form.value('level')} errors={form.errors('level')} optional />
          <TextField name="assessedOn" label="Assessed on" type="date" defaultValue={form.value('assessedOn')} errors={form.errors('assessedOn')} />
        </fieldset>
      )}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}

export function AssessmentForm({ action, initial, submitLabel }: FormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="assessedOn" label="Assessed on" type="date" defaultValue={form.value('assessedOn')} errors={form.errors('assessedOn')} />
        <LevelSelect name="level" label="Level" value={form.value('level')} errors={form.errors('level')} />
      </div>
      <TextareaField name="evidence" label="Evidence (optional)" hint="What shows this level: a project, feedback, a link." defaultValue={form.value('evidence')} errors={form.errors('evidence')} rows={2} />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}

export function EducationForm({ action, initial, submitLabel }: FormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <SelectField name="kind" label="Kind" defaultValue={form.value('kind')} errors={form.errors('kind')}>
        <option value="">Choose the kind of learning</option>
        {educationKinds.map((kind) => (
          <option key={kind} value={kind}>
            {educationKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <TextField name="title" label="Title" defaultValue={form.value('title')} errors={form.errors('title')} />
      <TextField name="provider" label="Provider (optional)" defaultValue={form.value('provider')} errors={form.errors('provider')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField name="startedOn" label="Started (optional)" type="date" defaultValue={form.value('startedOn')} errors={form.errors('startedOn')} />
        <TextField name="completedOn" label="Completed (optional)" type="date" defaultValue={form.value('completedOn')} errors={form.errors('completedOn')} />
        <TextField name="hours" label="Hours (optional)" inputMode="decimal" defaultValue={form.value('hours')} errors={form.errors('hours')} />
      </div>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}

export function CertificationForm({ action, initial, submitLabel }: FormProps) {
  const form = useFormAction(action, initial);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <TextField name="name" label="Certification" defaultValue={form.value('name')} errors={form.errors('name')} />
      <TextField name="issuer" label="Issuer (optional)" defaultValue={form.value('issuer')} errors={form.errors('issuer')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="earnedOn" label="Earned on" type="date" defaultValue={form.value('earnedOn')} errors={form.errors('earnedOn')} />
        <TextField name="expiresOn" label="Expires on (optional)" type="date" defaultValue={form.value('expiresOn')} errors={form.errors('expiresOn')} />
      </div>
      <TextField name="credentialId" label="Credential id (optional)" defaultValue={form.value('credentialId')} errors={form.errors('credentialId')} />
      <TextField name="credentialUrl" label="Credential URL (optional)" type="url" inputMode="url" placeholder="https://" defaultValue={form.value('credentialUrl')} errors={form.errors('credentialUrl')} />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}

export function PositionForm({ action, initial, submitLabel }: FormProps) {
  const form = useFormAction(action, initial);
  const flags = [
    ['hasBonus', 'Bonus'],
    ['hasStockOptions', 'Stock options'],
    ['hasBenefits', 'Benefits'],
  ] as const;
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <TextField name="title" label="Role title" defaultValue={form.value('title')} errors={form.errors('title')} />
      <TextField name="employer" label="Employer" defaultValue={form.value('employer')} errors={form.errors('employer')} />
      <TextField name="level" label="Level or seniority (optional)" placeholder="e.g. Junior, L3, Senior" defaultValue={form.value('level')} errors={form.errors('level')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="employmentType" label="Employment type" defaultValue={form.value('employmentType')} errors={form.errors('employmentType')}>
          <option value="">Choose</option>
          {employmentTypes.map((type) => (
            <option key={type} value={type}>
              {employmentTypeLabels[type]}
            </option>
          ))}
        </SelectField>
        <SelectField name="payBasis" label="Pay basis" defaultValue={form.value('payBasis')} errors={form.errors('payBasis')}>
          <option value="">Choose</option>
          {payBases.map((basis) => (
            <option key={basis} value={basis}>
              {payBasisLabels[basis]}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Also part of the package</legend>
        <div className="flex flex-wrap gap-x-6">
          {flags.map(([name, label]) => (
            <label key={name} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={name} defaultChecked={form.checked(name)} className="h-5 w-5 accent-brand-700" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="startedOn" label="Started" type="date" defaultValue={form.value('startedOn')} errors={form.errors('startedOn')} />
        <TextField name="endedOn" label="Ended (leave empty if current)" type="date" defaultValue={form.value('endedOn')} errors={form.errors('endedOn')} />
      </div>
      <SelectField name="howReached" label="How you reached it" defaultValue={form.value('howReached')} errors={form.errors('howReached')}>
        <option value="">Choose</option>
        {howReachedOptions.map((option) => (
          <option key={option} value={option}>
            {howReachedLabels[option]}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
