'use client';

import { useActionState, useEffect } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import type { GoalStatus } from '@/lib/goals/vocabulary';
import type { ActionResult } from '@/lib/forms/form';

const transitions: Record<GoalStatus, { status: GoalStatus; label: string }[]> = {
  active: [
    { status: 'achieved', label: 'Mark achieved' },
    { status: 'paused', label: 'Pause' },
    { status: 'abandoned', label: 'Abandon' },
  ],
  paused: [
    { status: 'active', label: 'Resume' },
    { status: 'abandoned', label: 'Abandon' },
  ],
  achieved: [{ status: 'active', label: 'Reopen' }],
  abandoned: [{ status: 'active', label: 'Reopen' }],
};

type Props = {
  goalId: string;
  status: GoalStatus;
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
};

export function GoalStatusActions({ goalId, status, action }: Props) {
  const [state, formAction] = useActionState(action, null);
  const toast = useToast();
  useEffect(() => {
    if (state?.ok) toast(state.message);
  }, [state, toast]);

  return (
    <>
      <div className="contents">
        {transitions[status].map((transition) => (
          <form key={transition.status} action={formAction}>
            <input type="hidden" name="goalId" value={goalId} />
            <input type="hidden" name="status" value={transition.status} />
            <SubmitButton variant={transition.status === 'achieved' ? 'primary' : 'secondary'} pendingLabel="Saving…">
              {transition.label}
            </SubmitButton>
          </form>
        ))}
      </div>
      <FormMessage message={state && !state.ok ? state.message : undefined} />
    </>
  );
}
