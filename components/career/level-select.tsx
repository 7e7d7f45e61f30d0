import { SelectField } from '@/components/ui/select-field';
import { skillLevels } from '@/lib/career/vocabulary';

type Props = { name: string; label: string; value: string; errors?: string[]; optional?: boolean };

/** A choice on the skill scale, each level with its name and meaning. */
export function LevelSelect({ name, label, value, errors, optional }: Props) {
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
