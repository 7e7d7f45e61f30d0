'use server';

import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { createGoal, deleteGoal, goalNotFound, setGoalStatus, updateGoal } from '@/db/queries/goals/goals';
import { runFormAction } from '@/lib/server/actions/form-action';
import { statusLabels } from '@/lib/goals/vocabulary';
import { isUuid } from '@/lib/ids';
import { loadedVersionOf, recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { parseGoalForm, parseGoalStatusForm } from '@/lib/goals/schema';
import { localDate } from '@/lib/dates/calendar';

export async function createGoalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'profile', parse: parseGoalForm }, async (input, { user }) => {
    const goal = await createGoal(user.id, input, localDate(new Date(), user.timeZone));
    historyChanged(user.id);
    redirect(`/goals/${goal.id}?saved=created`);
  });
}

export async function updateGoalAction(
  goalId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseGoalForm }, async (input, { user }) => {
    if (!isUuid(goalId)) throw goalNotFound();
    await updateGoal(user.id, goalId, input, loadedVersionOf(formData));
    historyChanged(user.id);
    redirect(`/goals/${goalId}?saved=updated`);
  });
}

export async function changeGoalStatusAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseGoalStatusForm },
    async ({ goalId, status }, { user }) => {
      const goal = await setGoalStatus(user.id, goalId, status, localDate(new Date(), user.timeZone));
      if (!goal) throw goalNotFound();
      historyChanged(user.id);
      return { ok: true, message: `Goal marked ${statusLabels[goal.status].toLowerCase()}.` };
    },
  );
}

export async function deleteGoalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('goalId') }, async (goalId, { user }) => {
    if (goalId === null || !(await deleteGoal(user.id, goalId))) throw goalNotFound();
    historyChanged(user.id);
    redirect('/goals?saved=deleted');
  });
}
