import { FieldErrors } from './field';

type Props = {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  chosen: readonly string[];
  errors?: string[];
  /** Said instead of the boxes when there is nothing to choose. */
  none: string;
  /**
   * For a list that grows with the account (every goal, every skill): one column in a box of its own that
   * scrolls past a few rows, so the fields after it stay near. The box's height cuts a row in half, which
   * shows that there is more below. Otherwise two columns from sm up.
   */
  scrolling?: boolean;
};

const listClasses = {
  columns: 'grid grid-cols-1 gap-x-4 sm:grid-cols-2',
  scrolling: 'max-h-52 overflow-y-auto rounded-lg border border-slate-200 px-2 py-1 dark:border-slate-700',
};

/** A group of checkboxes sending every ticked value under one name, with its legend and errors. */
export function CheckboxGroup({ name, legend, options, chosen, errors, none, scrolling = false }: Props) {
  const errorId = errors?.length ? `field-${name}-error` : undefined;
  const picked = new Set(chosen);
  return (
    <fieldset className="min-w-0 space-y-1.5" aria-describedby={errorId}>
      <legend className="text-sm font-medium">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{none}</p>
      ) : (
        <ul className={scrolling ? listClasses.scrolling : listClasses.columns}>
          {options.map((option) => (
            <li key={option.value}>
              <label className="flex min-h-11 items-center gap-2 py-1 text-sm">
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
