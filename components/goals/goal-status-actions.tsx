'use client';

import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { useFormAction, type FormAction } from '@/components/ui/use-form-action';
import type { GoalStatus } from '@/lib/goals/vocabulary';

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
  action: FormAction;
};

export function GoalStatusActions({ goalId, status, action }: Props) {
  // One answer for the row of buttons; none is given the form id, so focus stays where the page puts it.
  const form = useFormAction(action);

  return (
    <>
      <div className="contents">
        {transitions[status].map((transition) => (
          <form key={transition.status} action={form.formAction}>
            <input type="hidden" name="goalId" value={goalId} />
            <input type="hidden" name="status" value={transition.status} />
            <SubmitButton variant={transition.status === 'achieved' ? 'primary' : 'secondary'} pendingLabel="Saving…">
              {transition.label}
            </SubmitButton>
          </form>
        ))}
      </div>
      <FormMessage message={form.message} />
    </>
  );
}
