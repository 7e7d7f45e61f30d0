'use client';

import { useEffect, useRef, useState } from 'react';
import { Button, SubmitButton } from '@/components/ui/button';
import { EditFormHead, type FieldLabels } from '@/components/ui/edit-form-head';
import { FieldErrors, TextField } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import { educationKindLabels, skillKindLabels } from '@/lib/career/vocabulary';
import type { EditConflict } from '@/lib/forms/result';
import { blankRequirementRow, requirementRowsOf, type RequirementRow } from '@/lib/next-role/requirement-rows';
import { maxRequirements, requirementTypeLabels, type RequirementType } from '@/lib/next-role/vocabulary';
import { RequirementRowFields } from './requirement-row';

type Props = {
  action: FormAction;
  /** The form's flat values (roleProfileFormValues), or none for a profile written from scratch. */
  initial: Record<string, string>;
  /** The role's version when editing; absent when creating. */
  version?: string;
  submitLabel: string;
};

type KeyedRow = RequirementRow & { key: number };

const keyed = (rows: RequirementRow[], firstKey: number): KeyedRow[] =>
  rows.map((row, index) => ({ ...row, key: firstKey + index }));

const fieldLabels: Record<string, FieldLabels[string]> = {
  type: { label: 'kind', values: requirementTypeLabels },
  weight: { label: 'weight' },
  skill: { label: 'skill' },
  skillKind: { label: 'kind of skill', values: skillKindLabels },
  level: { label: 'level needed' },
  name: { label: 'certification' },
  educationKind: { label: 'kind of education', values: educationKindLabels },
  field: { label: 'field' },
  hours: { label: 'hours' },
  years: { label: 'years' },
  roleIncludes: { label: 'in roles titled' },
  count: { label: 'how many' },
  withinYears: { label: 'in the last years' },
  tag: { label: 'tag' },
  text: { label: 'what the role expects' },
};

/** How a conflict with another tab's save names the fields: the role's, then every row's on either side. */
function conflictFields(conflict: EditConflict | undefined, typed: Record<string, string>): FieldLabels {
  const fields: FieldLabels = { title: { label: 'Title' }, level: { label: 'Level' }, summary: { label: 'Summary' } };
  for (const name of new Set([...Object.keys(conflict?.values ?? {}), ...Object.keys(typed)])) {
    const match = /^requirements\.(\d+)\.(\w+)$/.exec(name);
    const label = match?.[2] ? fieldLabels[match[2]] : undefined;
    if (match && label) fields[name] = { ...label, label: `Requirement ${Number(match[1]) + 1}: ${label.label}` };
  }
  return fields;
}

/**
 * Writes or edits a target role: title, level, summary and the requirements, added and removed as rows.
 * After a refusal the rows are rebuilt from what was sent, so added rows and what was typed in them stay.
 */
export function RoleProfileForm({ action, initial, version, submitLabel }: Props) {
  const form = useFormAction(action);
  const [rows, setRows] = useState<KeyedRow[]>(() => {
    const loaded = requirementRowsOf(initial);
    return keyed(loaded.length > 0 ? loaded : [blankRequirementRow()], 0);
  });
  const [nextKey, setNextKey] = useState(rows.length);
  const [answered, setAnswered] = useState(form.formKey);
  const [announcement, setAnnouncement] = useState('');
  // After adding or removing a row, the keyboard's place: the row's kind, or the add button.
  const focusAfterRender = useRef<string | null>(null);

  // A new answer remounts the form: its rows start again from what was sent with it.
  if (answered !== form.formKey) {
    setAnswered(form.formKey);
    if (form.failed) {
      const sent = requirementRowsOf(form.failed.values);
      setRows(keyed(sent, nextKey));
      setNextKey(nextKey + sent.length);
    }
  }

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  }, [rows]);

  const addRow = () => {
    const place = rows.length;
    setRows([...rows, { ...blankRequirementRow(), key: nextKey }]);
    setNextKey(nextKey + 1);
    setAnnouncement(`Requirement ${place + 1} added.`);
    focusAfterRender.current = `field-requirements.${place}.type`;
  };
  const removeRow = (key: number, place: number) => {
    setRows(rows.filter((row) => row.key !== key));
    setAnnouncement(`Requirement ${place + 1} removed.`);
    focusAfterRender.current = place < rows.length - 1 ? `field-requirements.${place}.type` : 'add-requirement';
  };
  const changeType = (key: number, type: RequirementType) =>
    setRows(rows.map((row) => (row.key === key ? { ...row, type } : row)));

  const value = (name: string) => form.value(name, initial[name] ?? '');
  const listErrors = form.errors('requirements');
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-6">
      <EditFormHead
        form={form}
        version={version}
        subject="This profile"
        fields={conflictFields(form.failed?.conflict, form.failed?.values ?? {})}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="title"
          label="Title"
          required
          maxLength={200}
          defaultValue={value('title')}
          errors={form.errors('title')}
        />
        <TextField
          name="level"
          label="Level or area (optional)"
          maxLength={100}
          defaultValue={value('level')}
          errors={form.errors('level')}
        />
      </div>
      <TextareaField
        name="summary"
        label="Summary (optional)"
        hint="What the role does, in a few lines."
        defaultValue={value('summary')}
        errors={form.errors('summary')}
      />
      <section aria-labelledby="requirements-heading" className="space-y-4">
        <div>
          <h2 id="requirements-heading" className="text-lg font-semibold">
            Requirements
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Each is weighed 0 to 10 against the others; at least one needs a weight above zero.
          </p>
        </div>
        <ol className="space-y-4">
          {rows.map((row, index) => (
            <li key={row.key}>
              <RequirementRowFields
                row={row}
                index={index}
                errors={form.errors}
                onTypeChange={(type) => changeType(row.key, type)}
                onRemove={() => removeRow(row.key, index)}
                removable={rows.length > 1}
              />
            </li>
          ))}
        </ol>
        <FieldErrors id={listErrors ? 'field-requirements-error' : undefined} errors={listErrors} />
        <p role="status" className="sr-only">
          {announcement}
        </p>
        {rows.length < maxRequirements && (
          <Button id="add-requirement" variant="secondary" onClick={addRow}>
            Add a requirement
          </Button>
        )}
      </section>
      {/* While another tab's save is shown, the choice is made in its panel. */}
      {!form.failed?.conflict && <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>}
    </form>
  );
}
