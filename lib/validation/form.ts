// The shape every server action returns, and the bridge from zod to it.
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** What the user typed (never passwords), so the form can show it again. */
  values: Record<string, string>;
};
export type ActionSuccess<T extends object = object> = { ok: true; message: string } & T;
export type ActionResult<T extends object = object> = ActionSuccess<T> | ActionFailure;

const secretFields = new Set(['password', 'currentPassword', 'newPassword']);

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !secretFields.has(key)) values[key] = value;
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function invalidInput(error: z.ZodError, formData: FormData): ActionFailure {
  return {
    ok: false,
    message: 'Please correct the highlighted fields.',
    fieldErrors: fieldErrorsOf(error),
    values: formValues(formData),
  };
}

export function failure(message: string, formData: FormData, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, message, fieldErrors, values: formValues(formData) };
}
