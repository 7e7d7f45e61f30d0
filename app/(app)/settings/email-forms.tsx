'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { cancelEmailChangeAction, changeEmailAction } from './email-actions';

/** The current email, a change waiting for its link (with a way to cancel it), and the form to ask for one. */
export function EmailForms({ email, pendingEmail }: { email: string; pendingEmail: string | undefined }) {
  const change = useFormAction(changeEmailAction);
  const cancel = useFormAction(cancelEmailChangeAction);
  return (
    <div className="space-y-4">
      <p className="break-words text-sm text-slate-700 dark:text-slate-300">
        You sign in with <strong>{email}</strong>.
      </p>
      <div role="status">
        {pendingEmail && (
          <p className="break-words rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900">
            Waiting for confirmation at <strong>{pendingEmail}</strong>: open the link we sent there to finish the
            change.
          </p>
        )}
      </div>
      {pendingEmail && (
        <form key={cancel.formKey} id={cancel.formId} action={cancel.formAction} noValidate className="space-y-4">
          <FormMessage message={cancel.message} />
          <SubmitButton variant="secondary" pendingLabel="Cancelling…">
            Cancel the change
          </SubmitButton>
        </form>
      )}
      <form key={change.formKey} id={change.formId} action={change.formAction} noValidate className="space-y-4">
        <FormMessage message={change.message} />
        <TextField
          type="email"
          name="newEmail"
          label="New email"
          autoComplete="email"
          inputMode="email"
          defaultValue={change.value('newEmail')}
          errors={change.errors('newEmail')}
        />
        <TextField
          type="password"
          name="passwordForEmail"
          label="Current password"
          autoComplete="current-password"
          errors={change.errors('passwordForEmail')}
        />
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Change email
        </SubmitButton>
      </form>
    </div>
  );
}
