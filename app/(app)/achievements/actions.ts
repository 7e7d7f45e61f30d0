'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createAchievement, deleteAchievement, updateAchievement } from '@/db/queries/achievements/achievements';
import { findReflection } from '@/db/queries/weekly/updates';
import { achievementFromHighlight, parseAchievementForm } from '@/lib/achievements/schema';
import { isWeekStart, localDate } from '@/lib/dates/calendar';
import { AppError } from '@/lib/errors';
import { formText, loadedVersionOf, recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { isUuid } from '@/lib/ids';
import { runFormAction } from '@/lib/server/actions/form-action';

const achievementNotFound = () =>
  new AppError('not-found', 'This achievement could not be found. It may have been deleted.');

function savedThenGoTo(path: string): never {
  revalidatePath('/', 'layout');
  redirect(path);
}

/** Adds (no id) or edits one of the signed-in user's achievements. */
export async function saveAchievement(
  id: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: (form, user) => parseAchievementForm(form, localDate(new Date(), user.timeZone)) },
    async (input, { user }) => {
      if (id === null) await createAchievement(user.id, input);
      else if (!isUuid(id) || !(await updateAchievement(user.id, id, input, loadedVersionOf(formData))))
        throw achievementNotFound();
      savedThenGoTo(`/achievements?saved=${id === null ? 'created' : 'updated'}`);
    },
  );
}

export async function deleteAchievementAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await deleteAchievement(user.id, id))) throw achievementNotFound();
    savedThenGoTo('/achievements?saved=deleted');
  });
}

/** One action from the weekly update: the week's saved highlight becomes an achievement, opened for its impact and links. */
export async function achievementFromHighlightAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: (form) => ({ success: true, data: formText(form, 'weekStart') ?? '' }) },
    async (weekStart, { user }) => {
      const reflection = isWeekStart(weekStart, user.weekStartsOn)
        ? await findReflection(user.id, weekStart)
        : undefined;
      if (!reflection?.highlight.trim())
        throw new AppError('not-found', 'This week has no saved highlight yet: save the update first.');
      const today = localDate(new Date(), user.timeZone);
      const achievement = await createAchievement(
        user.id,
        achievementFromHighlight(reflection.highlight, weekStart, today),
      );
      savedThenGoTo(`/achievements/${achievement.id}?saved=from-highlight`);
    },
  );
}
