'use server';

import { historyChanged } from '../history-changed';
import { saveWeek, UnknownGoalInWeek } from '@/db/queries/weekly/updates';
import { requireUser } from '@/lib/server/auth/session';
import { fieldErrorsOf, failure, type FieldErrors, type ActionResult } from '@/lib/forms/form';
import { weeklyFormInput, weeklySubmissionSchema } from '@/lib/weekly/schema';
import { currentWeekStart, isWeekStart, weekLabel } from '@/lib/dates/calendar';

/** `entries.2.value` → `value:<goal id>`, matching the form's field names. */
function perGoalErrors(errors: FieldErrors, goalIds: string[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const match = /^entries\.(\d+)\.(\w+)/.exec(path);
    const goalId = match ? goalIds[Number(match[1])] : undefined;
    const key = match && goalId ? `${match[2]}:${goalId}` : path.replace(/^reflection\.note$/, 'reflectionNote').replace(/^reflection\./, '');
    mapped[key] = [...(mapped[key] ?? []), ...(messages ?? [])];
  }
  return mapped;
}

export async function saveWeekAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const input = weeklyFormInput(formData);
  const parsed = weeklySubmissionSchema.safeParse(input);
  if (!parsed.success) {
    const goalIds = input.entries.map((entry) => entry.goalId);
    const errors = perGoalErrors(fieldErrorsOf(parsed.error), goalIds);
    const shownInForm = /^(value|confidence|note):|^(alignment|reflectionNote|highlight)$/;
    const message = Object.keys(errors).every((key) => shownInForm.test(key))
      ? 'Please correct the highlighted fields. Nothing was saved.'
      : 'This page is out of date. Nothing was saved; reload the page and try again.';
    return failure(message, formData, errors);
  }

  const { weekStart } = parsed.data;
  if (!isWeekStart(weekStart, user.weekStartsOn)) {
    return failure('That is not the first day of one of your weeks. Nothing was saved.', formData, { weekStart: ['Choose a week from the list.'] });
  }
  if (weekStart > currentWeekStart(new Date(), user.timeZone, user.weekStartsOn)) {
    return failure('That week has not started yet. Nothing was saved.', formData, { weekStart: ['Future weeks cannot be updated.'] });
  }

  try {
    await saveWeek(user.id, parsed.data);
  } catch (error) {
    if (error instanceof UnknownGoalInWeek) {
      return failure('One of these goals could not be found for this week. Nothing was saved; reload the page and try again.', formData);
    }
    throw error;
  }
  historyChanged(user.id);
  return { ok: true, message: `Update for ${weekLabel(weekStart)} saved.` };
}
