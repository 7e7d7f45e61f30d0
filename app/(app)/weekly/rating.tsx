import { FieldErrors } from '@/components/ui/field';

/** A 1–5 rating as a row of radio buttons, each named by its word for screen readers; drawn by `rating-choice` (app/globals.css). */
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
          <label key={rating} className="rating-choice" data-words={wordsShown ? '' : undefined}>
            <input type="radio" name={name} value={rating} defaultChecked={value === rating} />
            <span title={labels[rating]}>
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
