// The form that writes or edits a target role's profile. Each requirement is a row whose fields are named
// `requirements.<row>.<field>` (the path zod gives its problems, so each message lands beside its field);
// the rows are read back with the import's rules (profile-schema.ts), not a second set.
import { roleProfileSchema, type Requirement, type RoleProfile } from './profile-schema';
import { requirementFieldName, requirementFields, requirementRowsOf, type RequirementRow } from './requirement-rows';
import { fieldErrorsOf, formText, type FormParser } from '@/lib/forms/form';
import type { FieldErrors } from '@/lib/forms/result';
import { isUuid } from '@/lib/ids';

/** A profile as edited: a requirement with the id it was loaded with keeps its ratings and goals. */
export type RoleProfileEdit = Omit<RoleProfile, 'requirements'> & {
  requirements: { id: string | null; requirement: Requirement }[];
};

const numberFields: ReadonlySet<string> = new Set(['weight', 'level', 'hours', 'years', 'count', 'withinYears']);

/** A stored requirement as its row's text. */
function requirementValues(requirement: Requirement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(requirement)) {
    if (field !== 'type' && (typeof value === 'string' || typeof value === 'number')) values[field] = String(value);
  }
  return values;
}

/** A stored profile as the form's flat values: title, level, summary and each requirement's fields. */
export function roleProfileFormValues(profile: RoleProfileEdit): Record<string, string> {
  const values: Record<string, string> = { title: profile.title, level: profile.level, summary: profile.summary };
  profile.requirements.forEach(({ id, requirement }, row) => {
    const fields = { id: id ?? '', type: requirement.type, ...requirementValues(requirement) };
    for (const [field, value] of Object.entries(fields)) values[requirementFieldName(row, field)] = value;
  });
  return values;
}

/** Empty number fields read as absent, so they hear "Give a weight…" rather than count as 0. */
function requirementInput(row: RequirementRow): Record<string, unknown> {
  const input: Record<string, unknown> = { type: row.type };
  for (const field of ['weight', ...requirementFields[row.type]]) {
    const text = row.values[field]?.trim() ?? '';
    if (numberFields.has(field)) input[field] = text === '' ? undefined : Number(text);
    else input[field] = field === 'tag' && text === '' ? undefined : (row.values[field] ?? '');
  }
  return input;
}

/** A row's problems start with the row's number, so a list of them (or a screen reader) says which row. */
function withRowNumbers(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => {
      const row = /^requirements\.(\d+)\./.exec(path)?.[1];
      const prefix = row === undefined ? '' : `Requirement ${Number(row) + 1}: `;
      return [path, messages?.map((message) => prefix + message)];
    }),
  );
}

export const profileNotSaved = 'The profile was not saved. Correct the highlighted fields and save again.';

/** The sentence above a refused profile form; a problem of the whole list (no weight at all) is said there. */
export function profileRefusal(fieldErrors: FieldErrors): string {
  const listProblem = fieldErrors.requirements?.[0];
  return listProblem ? `The profile was not saved: ${listProblem}` : profileNotSaved;
}

/** The profile form, read with the import's rules; a requirement keeps its id only when it is one. */
export const parseRoleProfileForm: FormParser<RoleProfileEdit> = (formData) => {
  const typed: Record<string, string> = {};
  for (const name of new Set(formData.keys())) typed[name] = formText(formData, name) ?? '';
  const rows = requirementRowsOf(typed);
  const parsed = roleProfileSchema.safeParse({
    title: formText(formData, 'title') ?? '',
    level: formText(formData, 'level'),
    summary: formText(formData, 'summary'),
    requirements: rows.map(requirementInput),
  });
  if (!parsed.success) return { success: false, fieldErrors: withRowNumbers(fieldErrorsOf(parsed.error)) };
  return {
    success: true,
    data: {
      ...parsed.data,
      requirements: parsed.data.requirements.map((requirement, row) => {
        const id = rows[row]?.id;
        return { id: isUuid(id) ? id : null, requirement };
      }),
    },
  };
};
