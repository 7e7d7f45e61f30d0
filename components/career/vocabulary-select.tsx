import { SelectField } from '@/components/ui/select-field';

type Props<Value extends string> = {
  name: string;
  label: string;
  /** The empty first option, which asks for a choice; "Choose…" unless the field says more. */
  prompt?: string;
  options: readonly Value[];
  labels: Record<Value, string>;
  value: string;
  errors?: string[];
};

/** A choice from one of the career record's closed vocabularies, each value under its label. */
export function VocabularySelect<Value extends string>({
  name,
  label,
  prompt = 'Choose…',
  options,
  labels,
  value,
  errors,
}: Props<Value>) {
  return (
    <SelectField name={name} label={label} defaultValue={value} errors={errors}>
      <option value="">{prompt}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </SelectField>
  );
}
