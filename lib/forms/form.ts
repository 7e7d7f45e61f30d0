// The one way a form is read and validated. Each area's schema module exports, per form, a parser
// `(formData) => ParsedForm` built from its field names (or a reader), its zod schema and its rules
// between fields; the action wrapper (lib/server/actions/form-action.ts) runs it.
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { loadedVersionField } from './fields';
import type { FieldErrors } from './result';

export type ParsedForm<T> = { success: true; data: T } | { success: false; fieldErrors: FieldErrors };

/** A form's parser. One that needs what only the signed-in user knows (their today) takes it as a second argument. */
export type FormParser<T> = (formData: FormData) => ParsedForm<T>;

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

/** The named text fields of a form (missing ones as undefined), NUL characters dropped. */
export function readForm(formData: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, formText(formData, name)]));
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** A problem between fields: the field it is shown beside (`milestones.2` for a row) and its message. */
export type CrossFieldProblem = [path: string, message: string];

const noCrossFieldProblems = (): CrossFieldProblem[] => [];

/**
 * Parses raw form input with a schema and adds rules between fields, which run
 * on the raw input too: a form with an empty title still hears that its dates
 * are the wrong way round.
 */
export function parseForm<T, Raw extends object = Record<string, unknown>>(
  schema: z.ZodType<T>,
  raw: Raw,
  crossFieldProblems: (raw: Raw) => CrossFieldProblem[] = noCrossFieldProblems,
): ParsedForm<T> {
  const parsed = schema.safeParse(raw);
  const problems = crossFieldProblems(raw);
  if (parsed.success && problems.length === 0) return { success: true, data: parsed.data };
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  for (const [path, message] of problems) {
    if (!fieldErrors[path]?.includes(message)) fieldErrors[path] = [...(fieldErrors[path] ?? []), message];
  }
  return { success: false, fieldErrors };
}

/** The parser of a form of named text fields. */
export function formParser<T>(
  names: readonly string[],
  schema: z.ZodType<T>,
  crossFieldProblems?: (raw: Record<string, unknown>) => CrossFieldProblem[],
): FormParser<T> {
  return (formData) => parseForm(schema, readForm(formData, names), crossFieldProblems);
}

/**
 * The record a form acts on, named by a hidden field; null when that is not an id at all, which the
 * action answers as it answers a record that is not there.
 */
export function recordIdParser(name: string): FormParser<string | null> {
  return (formData) => {
    const id = formText(formData, name);
    return { success: true, data: isUuid(id) ? id : null };
  };
}

/**
 * The version of the record an edit form was loaded from (its hidden `version` field), for a save over
 * exactly that version. A form without one is a page from before the record had versions: out of date.
 */
export function loadedVersionOf(formData: FormData): number {
  const parsed = loadedVersionField.safeParse(formText(formData, 'version'));
  if (parsed.success) return parsed.data;
  throw new AppError('invalid-input', 'This page is out of date. Nothing was saved; reload the page and try again.');
}
