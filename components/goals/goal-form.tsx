'use client';

import { useId, useState } from 'react';
import { Button, SubmitButton } from '@/components/ui/button';
import { FieldErrors, inputClasses, TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import {
  categoryDescriptions,
  categoryLabels,
  goalCategories,
  horizonLabels,
  goalTargetKinds,
  targetKindLabels,
  type GoalHorizon,
  type GoalTargetKind,
} from '@/lib/goals/vocabulary';

export type GoalFormValues = {
  title: string;
  purpose: string;
  horizon: GoalHorizon;
  category: string;
  targetKind: GoalTargetKind;
  startValue: string;
  targetValue: string;
  unit: string;
  milestones: { id?: string; title: string }[];
  startDate: string;
  targetDate: string;
  parentGoalId: string;
  /** The goal's version when editing; absent when creating. */
  version?: string;
};

type Props = {
  action: FormAction;
  initial: GoalFormValues;
  longTermGoals: { id: string; title: string }[];
  submitLabel: string;
};

type MilestoneRow = { key: number; id?: string; title: string };

/** How a conflict with another tab's save names this form's fields. */
const conflictFields: FieldLabels = {
  title: { label: 'Title' },
  purpose: { label: 'Why it matters' },
  horizon: { label: 'Horizon', values: horizonLabels },
  category: { label: 'Category', values: categoryLabels },
  startDate: { label: 'Start date' },
  targetDate: { label: 'Target date' },
  targetKind: { label: 'Target', values: targetKindLabels },
  startValue: { label: 'Start' },
  targetValue: { label: 'Target value' },
  unit: { label: 'Unit' },
  milestoneTitle: { label: 'Milestones' },
};

export function GoalForm({ action, initial, longTermGoals, submitLabel }: Props) {
  const form = useFormAction(action);
  const errors = form.failed?.fieldErrors ?? {};
  const value = (name: Exclude<keyof GoalFormValues, 'milestones'>) => form.value(name, initial[name]);

  const [horizon, setHorizon] = useState<GoalHorizon>(initial.horizon);
  const [targetKind, setTargetKind] = useState<GoalTargetKind>(initial.targetKind);
  const [milestones, setMilestones] = useState<MilestoneRow[]>(() =>
    (initial.milestones.length > 0 ? initial.milestones : [{ title: '' }]).map((milestone, key) => ({
      key,
      ...milestone,
    })),
  );
  const [nextKey, setNextKey] = useState(milestones.length);
  const headingId = useId();

  const addMilestone = () => {
    setMilestones((rows) => [...rows, { key: nextKey, title: '' }]);
    setNextKey((key) => key + 1);
  };

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-6">
      <EditFormHead form={form} version={initial.version} subject="This goal" fields={conflictFields} />
      <TextField
        name="title"
        label="Title"
        required
        maxLength={200}
        defaultValue={value('title')}
        errors={errors.title}
      />
      <TextareaField
        name="purpose"
        label="Why it matters"
        hint="A sentence you will read on hard weeks."
        defaultValue={value('purpose')}
        errors={errors.purpose}
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Horizon</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(['short', 'long'] as const).map((option) => (
            <label key={option} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="horizon"
                value={option}
                checked={horizon === option}
                onChange={() => setHorizon(option)}
                className="h-4 w-4 accent-brand-700"
              />
              {option === 'short' ? 'Short-term (weeks to months)' : 'Long-term (a year or more)'}
            </label>
          ))}
        </div>
        <FieldErrors id={errors.horizon ? 'field-horizon-error' : undefined} errors={errors.horizon} />
      </fieldset>

      {horizon === 'short' && (
        <SelectField
          name="parentGoalId"
          label="Serves long-term goal (optional)"
          defaultValue={value('parentGoalId')}
          errors={errors.parentGoalId}
          hint={longTermGoals.length === 0 ? 'Create a long-term goal first to link this one to it.' : undefined}
        >
          <option value="">None</option>
          {longTermGoals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </SelectField>
      )}

      <SelectField name="category" label="Category" defaultValue={value('category')} errors={errors.category}>
        <option value="" disabled>
          Choose a category
        </option>
        {goalCategories.map((category) => (
          <option key={category} value={category}>
            {categoryLabels[category]}: {categoryDescriptions[category]}
          </option>
        ))}
      </SelectField>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="startDate"
          label="Start date"
          type="date"
          defaultValue={value('startDate')}
          errors={errors.startDate}
        />
        <TextField
          name="targetDate"
          label="Target date (optional)"
          type="date"
          defaultValue={value('targetDate')}
          errors={errors.targetDate}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">How will you measure it?</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {goalTargetKinds.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="targetKind"
                value={kind}
                checked={targetKind === kind}
                onChange={() => setTargetKind(kind)}
                className="h-4 w-4 accent-brand-700"
              />
              {targetKindLabels[kind]}
            </label>
          ))}
        </div>

        {targetKind === 'numeric' && (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <TextField
              name="startValue"
              label="Start"
              inputMode="decimal"
              defaultValue={value('startValue') || '0'}
              errors={errors.startValue}
            />
            <TextField
              name="targetValue"
              label="Target"
              inputMode="decimal"
              defaultValue={value('targetValue')}
              errors={errors.targetValue}
            />
            <TextField
              name="unit"
              label="Unit"
              placeholder="courses, hours, €…"
              defaultValue={value('unit')}
              errors={errors.unit}
            />
          </div>
        )}

        {targetKind === 'milestones' && (
          <div className="space-y-3" role="group" aria-labelledby={headingId}>
            <p id={headingId} className="text-sm text-slate-600 dark:text-slate-400">
              Milestones, in order
            </p>
            <ol className="space-y-3">
              {milestones.map((row, index) => {
                const rowErrors = errors[`milestones.${index}`];
                const errorId = rowErrors ? `milestone-${row.key}-error` : undefined;
                return (
                  <li key={row.key} className="space-y-1">
                    <div className="flex items-center gap-2">
                      <input type="hidden" name="milestoneId" value={row.id ?? ''} />
                      <label htmlFor={`milestone-${row.key}`} className="sr-only">
                        Milestone {index + 1}
                      </label>
                      <input
                        id={`milestone-${row.key}`}
                        name="milestoneTitle"
                        value={row.title}
                        onChange={(event) =>
                          setMilestones((rows) =>
                            rows.map((r) => (r.key === row.key ? { ...r, title: event.target.value } : r)),
                          )
                        }
                        aria-invalid={rowErrors ? true : undefined}
                        aria-describedby={errorId}
                        className={inputClasses}
                      />
                      <Button
                        variant="secondary"
                        aria-label={`Remove milestone ${index + 1}`}
                        onClick={() => setMilestones((rows) => rows.filter((r) => r.key !== row.key))}
                      >
                        Remove
                      </Button>
                    </div>
                    <FieldErrors id={errorId} errors={rowErrors} />
                  </li>
                );
              })}
            </ol>
            <FieldErrors id={errors.milestones ? 'field-milestones-error' : undefined} errors={errors.milestones} />
            <Button variant="secondary" onClick={addMilestone}>
              Add a milestone
            </Button>
          </div>
        )}
        {targetKind === 'done' && (
          <p className="text-sm text-slate-600 dark:text-slate-400">Each week you will tick whether it is done.</p>
        )}
      </fieldset>

      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
