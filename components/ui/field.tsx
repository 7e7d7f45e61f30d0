import type { InputHTMLAttributes, ReactNode } from 'react';

/** A text input's look (`.input` in app/globals.css). */
export const inputClasses = 'input';

type FieldFrame = { name: string; label: string; hint?: ReactNode; errors?: string[] };

/** The props that tie a control to its label, hint and errors. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  className: string;
};

/** A label, a control, its hint and its errors, wired together for screen readers. */
export function LabelledControl({
  name,
  label,
  hint,
  errors,
  children,
}: FieldFrame & { children: (control: ControlProps) => ReactNode }) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        name,
        'aria-invalid': errorId ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        className: inputClasses,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & FieldFrame;

export function TextField({ name, label, hint, errors, ...inputProps }: TextFieldProps) {
  return (
    <LabelledControl name={name} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} {...inputProps} />}
    </LabelledControl>
  );
}

export function FieldErrors({ id, errors }: { id: string | undefined; errors: string[] | undefined }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-300">
      {errors.join(' ')}
    </p>
  );
}

/** The form-level outcome, announced when it appears. */
export function FormMessage({ message, tone = 'error' }: { message: string | undefined; tone?: 'error' | 'info' }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {message && (
        <p
          className={
            tone === 'error'
              ? 'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200'
              : 'rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900'
          }
        >
          {message}
        </p>
      )}
    </div>
  );
}
