import { FieldErrors } from '@/components/ui/field';

/** A 1–5 rating as a row of radio buttons, each named by its word for screen readers. */
export function Rating({
  name,
  label,
  value,
  labels,
  errors,
  wordsShown = false,
}: {
  name: string;
  label: string;
  value: number | null;
  labels: readonly string[];
  errors?: string[];
  /** Each button shows its word ("Good") instead of its number: for scales whose numbers mean little alone. */
  wordsShown?: boolean;
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <div className="flex flex-wrap gap-1">
        {[1, 2, 3, 4, 5].map((rating) => (
          <label key={rating} className="relative">
            <input
              type="radio"
              name={name}
              value={rating}
              defaultChecked={value === rating}
              className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
            />
            <span
              title={labels[rating]}
              className={`${wordsShown ? 'min-w-11 px-3' : 'w-11'} flex h-11 items-center justify-center rounded-lg border border-slate-300 text-sm font-semibold peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 dark:border-slate-600 dark:peer-checked:border-brand-400 dark:peer-checked:bg-brand-400 dark:peer-checked:text-slate-950`}
            >
              {wordsShown ? (
                labels[rating]
              ) : (
                <>
                  {rating}
                  <span className="sr-only"> – {labels[rating]}</span>
                </>
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
