// The answer every form action gives, and how a refusal is built: with every field's message and
// what the user typed, so the form can show both again.
import { AppError, StaleEditError } from '@/lib/errors';

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** What the user typed (never passwords), so the form can show it again. */
  values: Record<string, string>;
  /** Every value of each field, for checkbox groups whose values may contain any character. */
  choices: Record<string, string[]>;
  /** When another tab or device saved the record after the form was loaded: what it saved. */
  conflict?: EditConflict;
};

/** What another save stored, as the form names its fields; `version` goes back in the form to save over it. */
export type EditConflict = {
  version: string;
  /** An ISO instant. */
  savedAt: string;
  values: Record<string, string>;
  choices: Record<string, string[]>;
};
export type ActionSuccess<T extends object = object> = { ok: true; message: string } & T;
export type ActionResult<T extends object = object> = ActionSuccess<T> | ActionFailure;

export const correctFieldsMessage = 'Please correct the highlighted fields.';

/** Said when something we did not expect went wrong: the user's input is sent back with it. */
export const unexpectedFailureMessage = 'Something went wrong on our side, so nothing was saved. Please try again.';

/** Said when the database could not be reached: the request was fine, and sent again later it will be saved. */
export const databaseUnavailableMessage =
  'Not saved: the database could not be reached. What you typed is still here; try again.';

/** The sentence above a form whose fields were refused; some forms say more, or say it their way. */
export type RefusalMessage = string | ((fieldErrors: FieldErrors) => string);

/** password, currentPassword, newPassword, setupPassword, offPassword, …: never sent back. */
const isSecretField = (name: string) => /password$/i.test(name);

/** What the user typed, to show again: each field's text, and every value of repeated fields (checkbox groups). */
export function typedInput(formData: FormData): Pick<ActionFailure, 'values' | 'choices'> {
  const values: Record<string, string> = {};
  const choices: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || isSecretField(key)) continue;
    values[key] ??= value;
    (choices[key] ??= []).push(value);
  }
  return { values, choices };
}

export function failure(message: string, formData: FormData, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, message, fieldErrors, ...typedInput(formData) };
}

/** Fields refused by validation: each field's messages, under one sentence above the form. */
export function fieldsRefused(
  fieldErrors: FieldErrors,
  formData: FormData,
  refusal: RefusalMessage = correctFieldsMessage,
): ActionFailure {
  const message = typeof refusal === 'string' ? refusal : refusal(fieldErrors);
  return failure(message, formData, fieldErrors);
}

/** A refusal from the data layer or the action: beside its field when it names one, else above the form. */
export function appErrorFailure(error: AppError, formData: FormData, refusal?: RefusalMessage): ActionFailure {
  if (error instanceof StaleEditError) {
    const { version, savedAt, values, choices } = error.stored;
    return {
      ...failure(error.message, formData),
      conflict: { version: String(version), savedAt: savedAt.toISOString(), values, choices },
    };
  }
  return error.field
    ? fieldsRefused({ [error.field]: [error.message] }, formData, refusal)
    : failure(error.message, formData);
}
