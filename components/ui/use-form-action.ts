'use client';

import { useActionState, useEffect, useId } from 'react';
import { unstable_rethrow } from 'next/navigation';
import { failure, type ActionResult } from '@/lib/forms/result';
import { refusedRequestMessages } from '@/lib/forms/refused-requests';
import { useToast } from './toast';

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

type Submission = { result: ActionResult; count: number };

/** What a form shows before its first answer, by field name. */
type InitialValues = Record<string, string | null | undefined>;

const knownRefusals: readonly string[] = Object.values(refusedRequestMessages);

/**
 * The action's answer; when the call itself fails (a request refused before the action ran, the server out
 * of reach), a refusal that says why and keeps what was typed. Only the sentences of refused-requests.ts
 * are shown as sent: any other text of a failed response is not the user's business.
 */
async function answerOf(action: FormAction, previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    return await action(previous, formData);
  } catch (error) {
    // A redirect from the action (sign-out, a deleted account) arrives as a rejection: Next handles it.
    unstable_rethrow(error);
    const said = error instanceof Error && knownRefusals.includes(error.message);
    const reason = said ? error.message : 'the server could not be reached or did not answer. Please try again.';
    return failure(`This was not saved: ${reason}`, formData);
  }
}

/**
 * The one hook behind every form. React resets a form after its action, which puts selects and radio
 * buttons back to their first values even when the answer is a refusal; so the form is given `formKey`
 * and mounted afresh after each answer, its fields starting from the values the action sent back (or,
 * after a save, from the refreshed page). Focus goes to the first field in error, else back to the
 * submit button, of the form given `formId`. A success is announced in a toast. The submit button
 * disables itself while the form is pending (SubmitButton).
 */
export function useFormAction(
  action: FormAction,
  initial: InitialValues = {},
  /** Whether the form shows a success's sentence itself (`succeeded`), so it is not said again in a toast. */
  { successShownInForm = false }: { successShownInForm?: boolean } = {},
) {
  const [state, formAction] = useActionState(
    async (previous: Submission | null, formData: FormData): Promise<Submission> => ({
      result: await answerOf(action, previous?.result ?? null, formData),
      count: (previous?.count ?? 0) + 1,
    }),
    null,
  );
  const formId = useId();
  const result = state?.result ?? null;
  const failed = result && !result.ok ? result : undefined;
  const toast = useToast();
  useEffect(() => {
    if (!result) return;
    if (result.ok && !successShownInForm) toast(result.message);
    // The remount took focus from the submit button: give it back there, or to the first field in error.
    const form = document.getElementById(formId);
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[type="submit"]')
    )?.focus();
  }, [result, toast, formId, successShownInForm]);

  return {
    formAction,
    formKey: state?.count ?? 0,
    formId,
    /** The refusal, when the last answer was one. */
    failed,
    message: failed?.message,
    /** The sentence of the last answer when it was a success, for forms that show it (successShownInForm). */
    succeeded: result?.ok ? result.message : undefined,
    /** The whole success, when the last answer was one: for forms whose answer carries more than a sentence. */
    success: result?.ok ? result : undefined,
    errors: (name: string) => failed?.fieldErrors[name],
    /** A field's text: as typed before a refusal, else its initial value. */
    value: (name: string, fallback = initial[name] ?? '') => failed?.values[name] ?? fallback,
    /** A checkbox: as left before a refusal (an unticked box sends nothing), else as it was. */
    checked: (name: string, fallback = initial[name] === 'on') => (failed ? failed.values[name] === 'on' : fallback),
    /** Every value picked in a group of checkboxes, as left before a refusal, else as it was. */
    chosen: (name: string, fallback: readonly string[]) => (failed ? (failed.choices[name] ?? []) : fallback),
  };
}
