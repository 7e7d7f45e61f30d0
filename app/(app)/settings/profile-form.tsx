'use client';

import { SubmitButton } from '@/components/ui/button';
import { FieldErrors, FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { UserProfile } from '@/db/queries/account/users';
import { weekStartChoices } from '@/lib/account/week-start';
import { saveProfile } from './actions';
import { TimeZoneSelect } from './time-zone-select';

type Props = { profile: Pick<UserProfile, 'name' | 'email' | 'timeZone' | 'weekStartsOn'> };

export function ProfileForm({ profile }: Props) {
  const form = useFormAction(saveProfile, {
    name: profile.name,
    timeZone: profile.timeZone,
    weekStartsOn: String(profile.weekStartsOn),
  });
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-5">
      <FormMessage message={form.message} />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        defaultValue={form.value('name')}
        errors={form.errors('name')}
      />
      <div className="space-y-1.5">
        <p className="block text-sm font-medium">Email</p>
        <p className="text-slate-700 dark:text-slate-300">{profile.email}</p>
      </div>
      <TimeZoneSelect defaultValue={form.value('timeZone')} errors={form.errors('timeZone')} />
      <fieldset
        className="space-y-2"
        aria-describedby={form.errors('weekStartsOn') ? 'field-weekStartsOn-error' : undefined}
      >
        <legend className="text-sm font-medium">My week starts on</legend>
        <div className="flex flex-wrap gap-4">
          {weekStartChoices.map((choice) => (
            <label key={choice.value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="weekStartsOn"
                value={choice.value}
                defaultChecked={form.value('weekStartsOn') === String(choice.value)}
                className="h-4 w-4 accent-brand-700"
              />
              {choice.label}
            </label>
          ))}
        </div>
        <FieldErrors id="field-weekStartsOn-error" errors={form.errors('weekStartsOn')} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
