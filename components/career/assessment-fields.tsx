// The two fields of a skill assessment, shared by the assessment form and a new skill's first assessment.
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { skillLevels } from '@/lib/career/vocabulary';

type LevelSelectProps = { name: string; label: string; value: string; errors?: string[]; optional?: boolean };

/** A choice on the skill scale, each level with its name and meaning. */
export function LevelSelect({ name, label, value, errors, optional }: LevelSelectProps) {
  return (
    <SelectField name={name} label={label} defaultValue={value} errors={errors}>
      <option value="">{optional ? 'Not now' : 'Choose a level'}</option>
      {skillLevels.map((entry) => (
        <option key={entry.level} value={entry.level}>
          {entry.level} – {entry.name}: {entry.meaning}
        </option>
      ))}
    </SelectField>
  );
}

/** The day an assessment was made. */
export function AssessedOnField({ value, errors }: { value: string; errors?: string[] }) {
  return <TextField name="assessedOn" label="Assessed on" type="date" defaultValue={value} errors={errors} />;
}
