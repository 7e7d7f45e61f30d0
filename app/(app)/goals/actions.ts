'use server';

import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { createGoal, deleteGoal, GoalNotFound, ParentGoalInvalid, setGoalStatus, updateGoal } from '@/db/queries/goals/goals';
import { requireUser, requireUserId } from '@/lib/server/auth/session';
import { statusLabels } from '@/lib/goals/vocabulary';
import { isUuid } from '@/lib/ids';
import { failure, invalidInput, type ActionResult } from '@/lib/forms/form';
import { goalStatusChangeSchema, parseGoalForm } from '@/lib/goals/schema';
import { localDate } from '@/lib/dates/calendar';

const correctFields = 'Please correct the highlighted fields.';
const parentProblem = 'Choose one of your long-term goals.';
const goalGone = 'That goal could not be found. It may have been deleted.';

export async function createGoalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = parseGoalForm(formData);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);

  let goalId: string;
  try {
    goalId = (await createGoal(user.id, parsed.data, localDate(new Date(), user.timeZone))).id;
  } catch (error) {
    if (error instanceof ParentGoalInvalid) return failure(parentProblem, formData, { parentGoalId: [parentProblem] });
    throw error;
  }
  historyChanged(user.id);
  redirect(`/goals/${goalId}?saved=created`);
}

export async function updateGoalAction(goalId: string, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  if (!isUuid(goalId)) return failure(goalGone, formData);
  const parsed = parseGoalForm(formData);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);

  try {
    await updateGoal(userId, goalId, parsed.data);
  } catch (error) {
    if (error instanceof ParentGoalInvalid) return failure(parentProblem, formData, { parentGoalId: [parentProblem] });
    if (error instanceof GoalNotFound) return failure(goalGone, formData);
    throw error;
  }
  historyChanged(userId);
  redirect(`/goals/${goalId}?saved=updated`);
}

export async function changeGoalStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = goalStatusChangeSchema.safeParse({ goalId: formData.get('goalId'), status: formData.get('status') });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  const goal = await setGoalStatus(user.id, parsed.data.goalId, parsed.data.status, localDate(new Date(), user.timeZone));
  if (!goal) return failure(goalGone, formData);
  historyChanged(user.id);
  return { ok: true, message: `Goal marked ${statusLabels[goal.status].toLowerCase()}.` };
}

export async function deleteGoalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const goalId = formData.get('goalId');
  if (!isUuid(goalId) || !(await deleteGoal(userId, goalId))) return failure(goalGone, formData);
  historyChanged(userId);
  redirect('/goals?saved=deleted');
}
