'use client';

import { SubmitButton } from '@/components/ui/button';
import { EditConflictPanel } from '@/components/ui/edit-conflict';
import { FieldErrors, FormMessage, inputClasses } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { saveWeekAction } from './actions';
import { alignmentLabels, confidenceLabels } from './rating-labels';
import { BalanceFields } from './balance-fields';
import { Rating } from './rating';
import { SavedWeek } from './saved-week';

export type WeeklyGoalRow = {
  id: string;
  title: string;
  horizonLabel: string;
  targetKind: 'numeric' | 'milestones' | 'done';
  unit: string;
  targetText: string;
  lastText: string | null;
  value: string;
  done: boolean;
  /** Null until the user rates the goal this week. */
  confidence: number | null;
  note: string;
  milestones: { id: string; title: string; done: boolean }[];
};

type Props = {
  weekStart: string;
  /** The week's version as loaded: a save goes through only over this version (0: never saved). */
  version: number;
  /** The locale numbers are written in, as on the rest of the page. */
  locale: string;
  goals: WeeklyGoalRow[];
  reflection: {
    alignment: number | null;
    note: string;
    highlight: string;
    hoursWorked: number | null;
    balance: number | null;
  };
};

export function WeeklyForm({ weekStart, version, locale, goals, reflection }: Props) {
  const form = useFormAction(saveWeekAction);
  const errors = form.failed?.fieldErrors ?? {};
  const conflict = form.failed?.conflict;

  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-6">
      {conflict ? (
        <EditConflictPanel conflict={conflict} subject="This week" savedHref={`/weekly?week=${weekStart}`}>
          <SavedWeek conflict={conflict} goals={goals} locale={locale} />
        </EditConflictPanel>
      ) : (
        <FormMessage message={form.message} />
      )}
      <input type="hidden" name="weekStart" value={weekStart} />
      {/* After a conflict, the version the user was shown: saving again is choosing to save over it. */}
      <input type="hidden" name="version" value={conflict?.version ?? form.value('version', String(version))} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Update the goals you worked on or thought about. A goal you leave as it is saves nothing this week.
      </p>
      <ol className="space-y-4">
        {goals.map((goal) => {
          const valueErrors = errors[`value:${goal.id}`];
          const ticked = form.chosen(
            `milestone:${goal.id}`,
            goal.milestones.filter((milestone) => milestone.done).map((milestone) => milestone.id),
          );
          return (
            <li
              key={goal.id}
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <input type="hidden" name="goalId" value={goal.id} />
              <fieldset className="space-y-4">
                <legend className="text-base font-semibold">
                  {goal.title}{' '}
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">· {goal.horizonLabel}</span>
                </legend>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {goal.targetText}
                  {goal.lastText ? ` · last: ${goal.lastText}` : ' · first update'}
                </p>
                {goal.targetKind === 'numeric' && (
                  <div className="max-w-xs space-y-1.5">
                    <label htmlFor={`value-${goal.id}`} className="block text-sm font-medium">
                      Value now{goal.unit ? ` (${goal.unit})` : ''}
                      <span className="sr-only"> for {goal.title}</span>
                    </label>
                    <input
                      id={`value-${goal.id}`}
                      name={`value:${goal.id}`}
                      inputMode="decimal"
                      defaultValue={form.value(`value:${goal.id}`, goal.value)}
                      aria-invalid={valueErrors ? true : undefined}
                      aria-describedby={valueErrors ? `value-${goal.id}-error` : undefined}
                      className={inputClasses}
                    />
                    <FieldErrors id={valueErrors ? `value-${goal.id}-error` : undefined} errors={valueErrors} />
                  </div>
                )}
                {goal.targetKind === 'done' && (
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name={`done:${goal.id}`}
                      defaultChecked={form.checked(`done:${goal.id}`, goal.done)}
                      className="h-5 w-5 accent-brand-700"
                    />
                    Done<span className="sr-only"> for {goal.title}</span>
                  </label>
                )}
                {goal.targetKind === 'milestones' && (
                  <ul className="space-y-1">
                    {goal.milestones.map((milestone) => (
                      <li key={milestone.id}>
                        <label className="flex min-h-11 items-center gap-2">
                          <input
                            type="checkbox"
                            name={`milestone:${goal.id}`}
                            value={milestone.id}
                            defaultChecked={ticked.includes(milestone.id)}
                            className="h-5 w-5 accent-brand-700"
                          />
                          {milestone.title}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
                <Rating
                  name={`confidence:${goal.id}`}
                  label="How likely are you to reach it?"
                  value={
                    Number(
                      form.value(`confidence:${goal.id}`, goal.confidence === null ? '' : String(goal.confidence)),
                    ) || null
                  }
                  labels={confidenceLabels}
                  errors={errors[`confidence:${goal.id}`]}
                  wordsShown
                />
                <div className="space-y-1.5">
                  <label htmlFor={`note-${goal.id}`} className="block text-sm font-medium">
                    Note (optional)<span className="sr-only"> for {goal.title}</span>
                  </label>
                  <input
                    id={`note-${goal.id}`}
                    name={`note:${goal.id}`}
                    defaultValue={form.value(`note:${goal.id}`, goal.note)}
                    className={inputClasses}
                  />
                  <FieldErrors
                    id={errors[`note:${goal.id}`] ? `note-${goal.id}-error` : undefined}
                    errors={errors[`note:${goal.id}`]}
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>

      <section
        aria-labelledby="reflection-heading"
        className="space-y-4 rounded-xl border border-brand-300 bg-brand-50 p-4 dark:border-brand-800 dark:bg-slate-900"
      >
        <h2 id="reflection-heading" className="text-lg font-semibold">
          Reflection
        </h2>
        <Rating
          name="alignment"
          label="How aligned was this week’s work with your long-term purpose?"
          value={form.failed ? Number(form.failed.values.alignment) || null : reflection.alignment}
          labels={alignmentLabels}
          errors={errors.alignment}
        />
        <TextareaField
          name="reflectionNote"
          label="What made it so? (optional)"
          defaultValue={form.value('reflectionNote', reflection.note)}
          errors={errors.reflectionNote}
          rows={2}
        />
        <div className="space-y-1.5">
          <label htmlFor="field-highlight" className="block text-sm font-medium">
            Highlight of the week (optional)
          </label>
          <input
            id="field-highlight"
            name="highlight"
            defaultValue={form.value('highlight', reflection.highlight)}
            maxLength={300}
            className={inputClasses}
          />
          <FieldErrors id={errors.highlight ? 'field-highlight-error' : undefined} errors={errors.highlight} />
        </div>
        <BalanceFields
          hoursWorked={form.value('hoursWorked', reflection.hoursWorked === null ? '' : String(reflection.hoursWorked))}
          balance={form.failed ? Number(form.failed.values.balance) || null : reflection.balance}
          errors={errors}
        />
      </section>

      {/* While another tab's save is shown, the choice is made in its panel, not by a plain save. */}
      {!conflict && (
        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-800 dark:bg-slate-950/95">
          <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
            Save update
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
