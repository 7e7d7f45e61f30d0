'use client';

import { SubmitButton } from '@/components/ui/button';
import { FieldErrors, FormMessage, TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useSubmittedAction } from '@/components/ui/use-form-action';
import type { UserProfile } from '@/db/queries/account/users';
import { weekStartChoices } from '@/lib/account/profile-schema';
import { saveProfile } from './actions';

type Props = { profile: Pick<UserProfile, 'name' | 'email' | 'timeZone' | 'weekStartsOn'>; timeZones: string[] };

export function ProfileForm({ profile, timeZones }: Props) {
  const { failed, formAction, formKey, formId } = useSubmittedAction(saveProfile);

  const values = failed?.values;
  return (
    <form key={formKey} id={formId} action={formAction} noValidate className="space-y-5">
      <FormMessage message={failed?.message} />
      <TextField name="name" label="Name" autoComplete="name" defaultValue={values?.name ?? profile.name ?? ''} errors={failed?.fieldErrors.name} />
      <div className="space-y-1.5">
        <p className="block text-sm font-medium">Email</p>
        <p className="text-slate-700 dark:text-slate-300">{profile.email}</p>
      </div>
      <SelectField
        name="timeZone"
        label="Time zone"
        defaultValue={values?.timeZone ?? profile.timeZone}
        hint="Weeks and due dates follow this time zone."
        errors={failed?.fieldErrors.timeZone}
      >
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-y-2" aria-describedby={failed?.fieldErrors.weekStartsOn ? 'field-weekStartsOn-error' : undefined}>
        <legend className="text-sm font-medium">My week starts on</legend>
        <div className="flex flex-wrap gap-4">
          {weekStartChoices.map((choice) => (
            <label key={choice.value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="weekStartsOn"
                value={choice.value}
                defaultChecked={String(values?.weekStartsOn ?? profile.weekStartsOn) === String(choice.value)}
                className="h-4 w-4 accent-brand-700"
              />
              {choice.label}
            </label>
          ))}
        </div>
        <FieldErrors id="field-weekStartsOn-error" errors={failed?.fieldErrors.weekStartsOn} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
