import { FieldErrors, inputClasses } from '@/components/ui/field';
import type { FieldErrors as FieldErrorMap } from '@/lib/forms/result';
import { balanceLabels, maxHoursWorked } from '@/lib/weekly/balance-scale';
import { Rating } from './rating';

/** The week's work-life balance: hours worked and a rating in words, both optional. */
export function BalanceFields({
  hoursWorked,
  balance,
  errors,
}: {
  hoursWorked: string;
  balance: number | null;
  errors: FieldErrorMap;
}) {
  const hoursErrors = errors.hoursWorked;
  return (
    <div className="space-y-4 border-t border-brand-300 pt-4 dark:border-slate-700">
      <div className="max-w-xs space-y-1.5">
        <label htmlFor="field-hoursWorked" className="block text-sm font-medium">
          Hours worked this week (optional)
        </label>
        <input
          id="field-hoursWorked"
          name="hoursWorked"
          inputMode="decimal"
          defaultValue={hoursWorked}
          aria-invalid={hoursErrors ? true : undefined}
          aria-describedby={`field-hoursWorked-hint${hoursErrors ? ' field-hoursWorked-error' : ''}`}
          className={inputClasses}
        />
        <p id="field-hoursWorked-hint" className="text-sm text-slate-600 dark:text-slate-400">
          From 0 to {maxHoursWorked}, for example 42 or 37.5.
        </p>
        <FieldErrors id={hoursErrors ? 'field-hoursWorked-error' : undefined} errors={hoursErrors} />
      </div>
      <Rating
        name="balance"
        label="How was the balance between work and the rest of your life? (optional)"
        value={balance}
        labels={balanceLabels}
        errors={errors.balance}
        wordsShown
      />
    </div>
  );
}
