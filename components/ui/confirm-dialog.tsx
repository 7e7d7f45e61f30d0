'use client';

import { useId, useRef } from 'react';
import { Button, SubmitButton } from './button';
import { FormMessage } from './field';
import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  triggerLabel: string;
  /** A fuller name for the trigger when several sit on one page. */
  triggerAccessibleName?: string;
  title: string;
  body: string;
  confirmLabel: string;
  hiddenFields: Record<string, string>;
  action: FormAction;
};

/** A destructive action behind a modal confirmation (native <dialog>: focus trap and Escape for free). */
export function ConfirmDialog({
  triggerLabel,
  triggerAccessibleName,
  title,
  body,
  confirmLabel,
  hiddenFields,
  action,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useFormAction(action);
  const titleId = useId();
  return (
    <>
      <Button variant="danger" aria-label={triggerAccessibleName} onClick={() => dialog.current?.showModal()}>
        {triggerLabel}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{body}</p>
        <form key={form.formKey} id={form.formId} action={form.formAction} className="mt-6 space-y-3">
          <FormMessage message={form.message} />
          {Object.entries(hiddenFields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
