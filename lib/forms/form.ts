// The shape every server action returns, and the bridge from zod to it.
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** What the user typed (never passwords), so the form can show it again. */
  values: Record<string, string>;
  /** Every value of each field, for checkbox groups whose values may contain any character. */
  choices: Record<string, string[]>;
};
export type ActionSuccess<T extends object = object> = { ok: true; message: string } & T;
export type ActionResult<T extends object = object> = ActionSuccess<T> | ActionFailure;

const secretFields = new Set(['password', 'currentPassword', 'newPassword']);

/** What the user typed, to show again: each field's text, and every value of repeated fields (checkbox groups). */
export function typedInput(formData: FormData): Pick<ActionFailure, 'values' | 'choices'> {
  const values: Record<string, string> = {};
  const choices: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || secretFields.has(key)) continue;
    values[key] ??= value;
    (choices[key] ??= []).push(value);
  }
  return { values, choices };
}

// PostgreSQL text cannot hold NUL characters; nobody means to type them.
const withoutNul = (value: string) => value.replaceAll('\u0000', '');

/** A text field of a form, or undefined when absent. */
export function formText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === 'string' ? withoutNul(value) : undefined;
}

/** Every value of a repeated field. */
export function formTexts(formData: FormData, name: string): string[] {
  return formData.getAll(name).flatMap((value) => (typeof value === 'string' ? [withoutNul(value)] : []));
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
    ...typedInput(formData),
  };
}

export function failure(message: string, formData: FormData, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, message, fieldErrors, ...typedInput(formData) };
}

export type CrossFieldProblem = [path: string, message: string];

/**
 * Parses raw form input with a schema and adds rules between fields, which run
 * on the raw input too: a form with an empty title still hears that its dates
 * are the wrong way round.
 */
export function parseForm<T>(
  schema: z.ZodType<T>,
  raw: Record<string, unknown>,
  crossFieldProblems: (raw: Record<string, unknown>) => CrossFieldProblem[],
): { success: true; data: T } | { success: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(raw);
  const problems = crossFieldProblems(raw);
  if (parsed.success && problems.length === 0) return { success: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : (fieldErrorsOf(parsed.error) as Record<string, string[]>);
  for (const [path, message] of problems) {
    if (!fieldErrors[path]?.includes(message)) fieldErrors[path] = [...(fieldErrors[path] ?? []), message];
  }
  return { success: false, fieldErrors };
}

/** The named text fields of a form (missing ones as undefined), NUL characters dropped. */
export function readForm(formData: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, formText(formData, name)]));
}
