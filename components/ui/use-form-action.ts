'use client';

import { useActionState, useEffect, useId } from 'react';
import type { ActionResult } from '@/lib/forms/form';
import { useToast } from './toast';

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

type Submission = { result: ActionResult; count: number };

/**
 * useActionState for a form that must keep what the user chose. React resets a form after its action,
 * which puts selects and radio buttons back to their first values even when the answer is a refusal;
 * so the form is given `formKey` and mounted afresh after each answer, its fields starting from the
 * values the action sent back (or, after a save, from the refreshed page). Focus goes to the first field in
 * error, else back to the submit button.
 */
export function useSubmittedAction(action: FormAction) {
  const [state, formAction] = useActionState(
    async (previous: Submission | null, formData: FormData): Promise<Submission> => ({
      result: await action(previous?.result ?? null, formData),
      count: (previous?.count ?? 0) + 1,
    }),
    null,
  );
  const formId = useId();
  const result = state?.result ?? null;
  const toast = useToast();
  useEffect(() => {
    if (!result) return;
    if (result.ok) toast(result.message);
    // The remount took focus from the submit button: give it back there, or to the first field in error.
    const form = document.getElementById(formId);
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[type="submit"]'))?.focus();
  }, [result, toast, formId]);
  return { result, failed: result && !result.ok ? result : undefined, formAction, formKey: state?.count ?? 0, formId };
}

/** A form's action plus what every form needs: typed-back values, field errors and a toast on success. */
export function useFormAction(action: FormAction, initial: Record<string, string | null | undefined>) {
  const { failed, formAction, formKey, formId } = useSubmittedAction(action);
  return {
    formAction,
    formKey,
    formId,
    message: failed?.message,
    value: (name: string) => failed?.values[name] ?? initial[name] ?? '',
    checked: (name: string) => (failed ? failed.values[name] === 'on' : initial[name] === 'on'),
    errors: (name: string) => failed?.fieldErrors[name],
  };
}
