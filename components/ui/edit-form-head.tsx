'use client';

import type { EditConflict } from '@/lib/forms/result';
import { EditConflictPanel } from './edit-conflict';
import { FormMessage } from './field';
import type { useFormAction } from './use-form-action';

type FormState = ReturnType<typeof useFormAction>;

/** How an edit form names its fields to the user: a label, and the words for a select's stored values. */
export type FieldLabels = Record<string, { label: string; values?: Readonly<Record<string, string>> }>;

/** A field's text in the user's words: each of its values (several for a repeated field), joined. */
function textOf(
  name: string,
  field: FieldLabels[string],
  values: Record<string, string>,
  choices: Record<string, string[]>,
) {
  return (choices[name] ?? [values[name] ?? '']).map((value) => field.values?.[value] ?? value).join(', ');
}

/** The fields another save stored that differ from what the user typed. */
function StoredFields({
  conflict,
  typed,
  fields,
}: {
  conflict: EditConflict;
  typed: FormState['failed'];
  fields: FieldLabels;
}) {
  const differing = Object.entries(fields).flatMap(([name, field]) => {
    const theirs = textOf(name, field, conflict.values, conflict.choices);
    const mine = textOf(name, field, typed?.values ?? {}, typed?.choices ?? {});
    return theirs === mine ? [] : [{ name, label: field.label, theirs }];
  });
  if (differing.length === 0) return <p className="text-sm">The same as what you typed.</p>;
  return (
    <dl className="space-y-2 text-sm">
      {differing.map((field) => (
        <div key={field.name}>
          <dt className="font-medium">{field.label}</dt>
          <dd className="whitespace-pre-line">{field.theirs || '(empty)'}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The top of a form that edits a stored record: the form's message, or, when another tab saved the record
 * after this form was loaded, what it saved and the choice (EditConflictPanel); and the hidden version the
 * save goes over. `version` is absent on a form that creates a record.
 */
export function EditFormHead({
  form,
  version,
  subject,
  fields,
}: {
  form: FormState;
  version: string | null | undefined;
  /** "This goal". */
  subject: string;
  fields: FieldLabels;
}) {
  const conflict = form.failed?.conflict;
  return (
    <>
      {conflict ? (
        <EditConflictPanel conflict={conflict} subject={subject}>
          <StoredFields conflict={conflict} typed={form.failed} fields={fields} />
        </EditConflictPanel>
      ) : (
        <FormMessage message={form.message} />
      )}
      {typeof version === 'string' && (
        // After a conflict, the version the user was shown: saving again is choosing to save over it.
        <input type="hidden" name="version" value={conflict?.version ?? form.value('version', version)} />
      )}
    </>
  );
}
