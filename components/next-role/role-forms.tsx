'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { useId, useState, type FormEvent } from 'react';
import { SubmitButton } from '@/components/ui/button';
import type { ButtonVariant } from '@/components/ui/button-classes';
import { FieldErrors, FormMessage, TextField, inputClasses } from '@/components/ui/field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import { maxProfileFileBytes, profileFileTooLarge } from '@/lib/next-role/profile-file-limits';
import { expectationRatings } from '@/lib/next-role/vocabulary';

/** One button that sends a few hidden values (use this profile, make it a goal, make it current). */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = 'primary',
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const form = useFormAction(action);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage message={form.message} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

/** A profile file to aim at; a refused file is named beside the field and nothing is saved. */
export function ProfileImportForm({ action }: { action: FormAction }) {
  const form = useFormAction(action);
  const [tooLarge, setTooLarge] = useState(false);
  // Refused here before uploading; the server checks again.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    const large = file instanceof File && file.size > maxProfileFileBytes;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  return (
    <form
      key={form.formKey}
      id={form.formId}
      action={form.formAction}
      onSubmit={checkSize}
      noValidate
      className="space-y-4"
    >
      <FormMessage message={tooLarge ? 'The profile was not imported.' : form.message} />
      <TextField
        type="file"
        name="file"
        label="Role profile file"
        accept="application/json,.json"
        hint="A .role.json file downloaded from Trajectory or written by the documented format, up to 256 KB."
        errors={tooLarge ? [profileFileTooLarge] : form.errors('file')}
      />
      <SubmitButton variant="secondary" pendingLabel="Importing…">
        Import the profile
      </SubmitButton>
    </form>
  );
}

/** How often the user meets an expectation, in the five words of the scale. */
export function ExpectationRatingForm({
  action,
  requirementId,
  rating,
  label,
}: {
  action: FormAction;
  requirementId: string;
  rating: number | null;
  label: string;
}) {
  const form = useFormAction(action);
  const selectId = useId();
  const errors = form.errors('rating');
  return (
    <form
      key={form.formKey}
      id={form.formId}
      action={form.formAction}
      noValidate
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="requirementId" value={requirementId} />
      <div className="min-w-48 flex-1 space-y-1.5">
        {/* Several expectations share the page: the control's id is its own, not the field name's. */}
        <label htmlFor={selectId} className="block text-sm font-medium">
          {label}
        </label>
        <select
          id={selectId}
          name="rating"
          defaultValue={form.value('rating', rating === null ? '' : String(rating))}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${selectId}-error` : undefined}
          className={inputClasses}
        >
          <option value="">Not rated yet</option>
          {expectationRatings.map((entry) => (
            <option key={entry.rating} value={entry.rating}>
              {entry.name}
            </option>
          ))}
        </select>
        <FieldErrors id={errors ? `${selectId}-error` : undefined} errors={errors} />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save rating
      </SubmitButton>
      <div className="basis-full">
        <FormMessage message={form.message} />
      </div>
    </form>
  );
}

/**
 * A gap's goal: a link to it once made, else the button that makes it. One component for both, so the
 * answer's toast is still said when the refreshed page swaps the button for the link.
 */
export function GapGoalControl({
  action,
  requirementId,
  goal,
}: {
  action: FormAction;
  requirementId: string;
  goal: { id: string; title: string } | undefined;
}) {
  const form = useFormAction(action);
  if (goal)
    return (
      <InAppLink
        href={`/goals/${goal.id}`}
        className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline dark:text-brand-300"
      >
        Goal: {goal.title}
      </InAppLink>
    );
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} className="space-y-2">
      <input type="hidden" name="requirementId" value={requirementId} />
      <FormMessage message={form.message} />
      <SubmitButton variant="secondary" pendingLabel="Making the goal…">
        Make it a goal
      </SubmitButton>
    </form>
  );
}
