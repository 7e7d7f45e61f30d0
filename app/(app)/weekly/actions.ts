'use server';

import { historyChanged } from '../history-changed';
import { saveWeek } from '@/db/queries/weekly/updates';
import { runFormAction } from '@/lib/server/actions/form-action';
import { AppError } from '@/lib/errors';
import type { ActionResult } from '@/lib/forms/result';
import { parseWeeklyForm, weeklyRefusal } from '@/lib/weekly/schema';
import { currentWeekStart, isWeekStart, weekLabel } from '@/lib/dates/calendar';

export async function saveWeekAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseWeeklyForm, refusal: weeklyRefusal },
    async (week, { user }) => {
      if (!isWeekStart(week.weekStart, user.weekStartsOn)) {
        throw new AppError('invalid-input', 'That is not the first day of one of your weeks. Nothing was saved.');
      }
      if (week.weekStart > currentWeekStart(new Date(), user.timeZone, user.weekStartsOn)) {
        throw new AppError('invalid-input', 'That week has not started yet. Nothing was saved.');
      }
      await saveWeek(user.id, week);
      historyChanged(user.id);
      return { ok: true, message: `Update for ${weekLabel(week.weekStart)} saved.` };
    },
  );
}
