'use client';

import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/validation/form';
import { useToast } from './toast';

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** useActionState plus what every form needs: typed-back values, field errors and a toast on success. */
export function useFormAction(action: FormAction, initial: Record<string, string | null | undefined>) {
  const [state, formAction] = useActionState(action, null);
  const toast = useToast();
  const failed = state && !state.ok ? state : undefined;
  useEffect(() => {
    if (state?.ok) toast(state.message);
  }, [state, toast]);
  return {
    formAction,
    message: failed?.message,
    value: (name: string) => failed?.values[name] ?? initial[name] ?? '',
    checked: (name: string) => (failed ? failed.values[name] === 'on' : initial[name] === 'on'),
    errors: (name: string) => failed?.fieldErrors[name],
  };
}
