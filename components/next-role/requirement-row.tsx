'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { educationKindLabels, educationKinds, skillKindLabels, skillKinds, skillLevels } from '@/lib/career/vocabulary';
import {
  requirementFieldName,
  requirementFields,
  type RequirementField,
  type RequirementRow,
} from '@/lib/next-role/requirement-rows';
import { requirementTypeLabels, requirementTypes, type RequirementType } from '@/lib/next-role/vocabulary';

type Props = {
  row: RequirementRow;
  /** Its place in the list, from 0: the fields' names and the legend's number. */
  index: number;
  errors: (name: string) => string[] | undefined;
  onTypeChange: (type: RequirementType) => void;
  onRemove: () => void;
  /** The last row cannot be removed: a profile needs one requirement. */
  removable: boolean;
};

/** One kind-specific field of a requirement, labelled in words and shown only for its kind. */
function KindField({
  field,
  name,
  value,
  errors,
}: {
  field: RequirementField;
  name: string;
  value: string;
  errors: string[] | undefined;
}) {
  const common = { name, defaultValue: value, errors };
  switch (field) {
    case 'skill':
      return <TextField {...common} label="Skill" maxLength={200} />;
    case 'skillKind':
      return (
        <SelectField {...common} label="Kind of skill">
          {skillKinds.map((kind) => (
            <option key={kind} value={kind}>
              {skillKindLabels[kind]}
            </option>
          ))}
        </SelectField>
      );
    case 'level':
      return (
        <SelectField {...common} label="Level needed">
          {skillLevels.map((entry) => (
            <option key={entry.level} value={entry.level}>
              {entry.level} · {entry.name}
            </option>
          ))}
        </SelectField>
      );
    case 'name':
      return <TextField {...common} label="Certification" hint="Met by one whose name contains this." />;
    case 'educationKind':
      return (
        <SelectField {...common} label="Kind of education">
          {educationKinds.map((kind) => (
            <option key={kind} value={kind}>
              {educationKindLabels[kind]}
            </option>
          ))}
        </SelectField>
      );
    case 'field':
      return <TextField {...common} label="Field (optional)" hint="Words its title or provider contains." />;
    case 'hours':
      return <TextField {...common} label="Hours" inputMode="numeric" />;
    case 'years':
      return <TextField {...common} label="Years" inputMode="decimal" hint="In halves: 1.5, 2, 2.5." />;
    case 'roleIncludes':
      return <TextField {...common} label="In roles titled (optional)" hint="Words of the positions that count." />;
    case 'count':
      return <TextField {...common} label="How many" inputMode="numeric" />;
    case 'withinYears':
      return <TextField {...common} label="In the last years" inputMode="numeric" />;
    case 'tag':
      return <TextField {...common} label="With the tag (optional)" />;
    case 'text':
      return <TextField {...common} label="What the role expects" maxLength={500} />;
  }
}

/**
 * A requirement of the profile: its kind, the kind's fields and its weight, in a group named "Requirement
 * N" so a screen reader says which row a field is in. Its fields keep what was typed while other rows come
 * and go: they are keyed by the row, not by its place.
 */
export function RequirementRowFields({ row, index, errors, onTypeChange, onRemove, removable }: Props) {
  const name = (field: string) => requirementFieldName(index, field);
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 font-semibold">Requirement {index + 1}</legend>
      <input type="hidden" name={name('id')} value={row.id} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          name={name('type')}
          label="Kind"
          value={row.type}
          onChange={(event) => onTypeChange(event.target.value as RequirementType)}
          errors={errors(name('type'))}
        >
          {requirementTypes.map((type) => (
            <option key={type} value={type}>
              {requirementTypeLabels[type]}
            </option>
          ))}
        </SelectField>
        <TextField
          name={name('weight')}
          label="Weight"
          inputMode="numeric"
          hint="0 to 10, against the others."
          defaultValue={row.values.weight ?? ''}
          errors={errors(name('weight'))}
        />
        {requirementFields[row.type].map((field) => (
          <div key={`${row.type}-${field}`} className={field === 'text' || field === 'skill' ? 'sm:col-span-2' : ''}>
            <KindField field={field} name={name(field)} value={row.values[field] ?? ''} errors={errors(name(field))} />
          </div>
        ))}
      </div>
      {removable && (
        <Button variant="secondary" onClick={onRemove} aria-label={`Remove requirement ${index + 1}`}>
          Remove
        </Button>
      )}
    </fieldset>
  );
}
