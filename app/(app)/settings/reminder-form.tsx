'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ReminderKind } from '@/lib/reminders/due-reminders';
import { hourLabel, weekdayNames } from '@/lib/reminders/labels';
import { saveRemindersAction } from './reminder-actions';

type Choices = {
  weeklyOn: boolean;
  weeklyDay: number;
  weeklyHour: number;
  certificationsOn: boolean;
  goalsOn: boolean;
};
type Preview = { subject: string; text: string };

type Props = { choices: Choices; timeZone: string; previews: Record<ReminderKind, Preview> };

const hours = Array.from({ length: 24 }, (_, hour) => hour);
// Monday first, as most calendars show the week.
const days = [1, 2, 3, 4, 5, 6, 0];

export function ReminderForm({ choices, timeZone, previews }: Props) {
  const form = useFormAction(saveRemindersAction, {
    weeklyOn: choices.weeklyOn ? 'on' : '',
    weeklyDay: String(choices.weeklyDay),
    weeklyHour: String(choices.weeklyHour),
    certificationsOn: choices.certificationsOn ? 'on' : '',
    goalsOn: choices.goalsOn ? 'on' : '',
  });
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-6">
      <FormMessage message={form.message} />
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">Weekly update</legend>
        <Toggle
          name="weeklyOn"
          checked={form.checked('weeklyOn')}
          label="Remind me to write my weekly update"
          hint="Not sent in a week whose update is already done."
        />
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium">
            When{' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">
              (your time zone: {timeZone.replaceAll('_', ' ')})
            </span>
          </legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              name="weeklyDay"
              label="Day"
              defaultValue={form.value('weeklyDay')}
              errors={form.errors('weeklyDay')}
            >
              {days.map((day) => (
                <option key={day} value={day}>
                  {weekdayNames[day]}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="weeklyHour"
              label="Hour"
              defaultValue={form.value('weeklyHour')}
              errors={form.errors('weeklyHour')}
            >
              {hours.map((hour) => (
                <option key={hour} value={hour}>
                  {hourLabel(hour)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        <PreviewOf kind="weekly" preview={previews.weekly} />
      </fieldset>
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">Certification renewals</legend>
        <Toggle
          name="certificationsOn"
          checked={form.checked('certificationsOn')}
          label="Remind me before a certification expires"
          hint="60, 30 and 7 days before its expiry date, at 09:00 your time."
        />
        <PreviewOf kind="certifications" preview={previews.certifications} />
      </fieldset>
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold">Goal target dates</legend>
        <Toggle
          name="goalsOn"
          checked={form.checked('goalsOn')}
          label="Remind me a week before a goal’s target date"
          hint="Active goals only, at 09:00 your time."
        />
        <PreviewOf kind="goals" preview={previews.goals} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Save reminders
      </SubmitButton>
    </form>
  );
}

function Toggle({ name, checked, label, hint }: { name: string; checked: boolean; label: string; hint: string }) {
  const hintId = `${name}-hint`;
  return (
    <div>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name={name}
          defaultChecked={checked}
          aria-describedby={hintId}
          className="h-5 w-5 shrink-0 accent-brand-700"
        />
        <span>{label}</span>
      </label>
      <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
    </div>
  );
}

function PreviewOf({ kind, preview }: { kind: ReminderKind; preview: Preview }) {
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700" data-preview={kind}>
      <summary className="cursor-pointer font-medium">Preview the email</summary>
      <p className="mt-2 [overflow-wrap:anywhere]">
        <span className="font-medium">Subject:</span> {preview.subject}
      </p>
      <pre className="mt-2 max-w-full font-sans whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
        {preview.text}
      </pre>
    </details>
  );
}
