'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';

/** The week's saved highlight, with the one button that turns it into an achievement. */
export function HighlightToAchievement({
  action,
  weekStart,
  highlight,
}: {
  action: FormAction;
  weekStart: string;
  highlight: string;
}) {
  const form = useFormAction(action);
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} className="space-y-3">
      <FormMessage message={form.message} />
      <input type="hidden" name="weekStart" value={weekStart} />
      <p className="break-words">“{highlight}”</p>
      <SubmitButton pendingLabel="Adding…">Make it an achievement</SubmitButton>
    </form>
  );
}
