import { FieldErrors } from './field';

type Props = {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  chosen: readonly string[];
  errors?: string[];
  /** Said instead of the boxes when there is nothing to choose. */
  none: string;
};

/** A group of checkboxes sending every ticked value under one name, with its legend and errors. */
export function CheckboxGroup({ name, legend, options, chosen, errors, none }: Props) {
  const errorId = errors?.length ? `field-${name}-error` : undefined;
  const picked = new Set(chosen);
  return (
    <fieldset className="space-y-1.5" aria-describedby={errorId}>
      <legend className="text-sm font-medium">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{none}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.value}>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={name}
                  value={option.value}
                  defaultChecked={picked.has(option.value)}
                  className="h-4 w-4 shrink-0"
                />
                <span className="min-w-0 break-words">{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
