'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClasses, type ButtonVariant } from './button-classes';
import { useHydrated } from './use-hydrated';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** A button whose click is handled in the browser; disabled until the page can handle it (useHydrated). */
export function Button({ variant = 'primary', className = '', type = 'button', disabled, ...props }: ButtonProps) {
  const hydrated = useHydrated();
  return (
    <button type={type} disabled={disabled || !hydrated} className={buttonClasses(variant, className)} {...props} />
  );
}

/** A submit button that disables itself and says so while its form is being sent, and until the page can send it. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
}: {
  children: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={pending || !hydrated}
      aria-disabled={pending}
      className={buttonClasses(variant, className)}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
