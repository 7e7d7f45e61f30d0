// The requirement rows of the target-role form (profile-form.ts), as the browser's form builds and reads them back.
// Apart from the form's parser so the form does not load zod and the profile's schema with it.
import { requirementTypes, type RequirementType } from './vocabulary';

/** The fields each kind of requirement shows, besides its kind and weight. */
export const requirementFields = {
  skill: ['skill', 'skillKind', 'level'],
  certification: ['name'],
  education: ['educationKind', 'field'],
  learning_hours: ['hours', 'field'],
  experience: ['years', 'roleIncludes'],
  achievements: ['count', 'withinYears', 'tag'],
  expectation: ['text'],
} as const satisfies Record<RequirementType, readonly string[]>;
export type RequirementField = (typeof requirementFields)[RequirementType][number];

/** One requirement row as the form holds it: its stored id (empty when new), its kind and its fields' text. */
export type RequirementRow = { id: string; type: RequirementType; values: Record<string, string> };

export const requirementFieldName = (row: number, field: string) => `requirements.${row}.${field}`;
const rowFieldName = /^requirements\.(\d{1,4})\.([A-Za-z]+)$/;

const isRequirementType = (value: string | undefined): value is RequirementType =>
  (requirementTypes as readonly string[]).includes(value ?? '');

/** A new row: a skill needed at the middle level, weighed 1. */
export function blankRequirementRow(type: RequirementType = 'skill'): RequirementRow {
  return { id: '', type, values: { weight: '1', level: '3', skillKind: 'technical', educationKind: 'course' } };
}

/** The rows in a form's flat values (as typed, or as another tab saved them), in their order. */
export function requirementRowsOf(values: Record<string, string>): RequirementRow[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(values)) {
    const match = rowFieldName.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { id = '', type, ...fields }]) => ({
      id,
      type: isRequirementType(type) ? type : 'skill',
      values: fields,
    }));
}
