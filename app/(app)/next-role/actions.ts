'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { createGoalFromGap } from '@/db/queries/next-role/gap-goals';
import {
  createTargetRole,
  deleteTargetRole,
  makeTargetRoleCurrent,
  rateExpectation,
  updateTargetRole,
} from '@/db/queries/next-role/target-roles';
import { localDate } from '@/lib/dates/calendar';
import { AppError } from '@/lib/errors';
import { loadedVersionOf } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { isUuid } from '@/lib/ids';
import {
  parseExampleForm,
  parseExpectationRatingForm,
  parseProfileFileForm,
  parseRequirementForm,
  parseRoleForm,
} from '@/lib/next-role/forms';
import { readRoleProfileFile } from '@/lib/next-role/profile-file';
import { parseRoleProfileForm, profileRefusal } from '@/lib/next-role/profile-form';
import type { RoleProfile } from '@/lib/next-role/profile-schema';
import { expectationRatingName } from '@/lib/next-role/vocabulary';
import { runFormAction } from '@/lib/server/actions/form-action';

const roleNotFound = () => new AppError('not-found', 'That target role does not exist any more.');
const requirementNotFound = () => new AppError('not-found', 'That requirement does not exist any more.');

/** Every page that shows the target (this one, the dashboard's card) shows the change. */
const targetsChanged = () => revalidatePath('/', 'layout');

/** A profile copied into the account becomes the current target, and the page shows its readiness. */
async function aimAt(userId: string, profile: RoleProfile): Promise<never> {
  const role = await createTargetRole(userId, profile);
  await makeTargetRoleCurrent(userId, role.id);
  targetsChanged();
  redirect('/next-role?saved=created');
}

export async function copyExampleProfile(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseExampleForm }, async (profile, { user }) =>
    aimAt(user.id, profile),
  );
}

export async function importProfileFile(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'id', parse: parseProfileFileForm, refusal: 'The profile was not imported.' },
    async (file, { user }) => aimAt(user.id, readRoleProfileFile(await file.text())),
  );
}

/**
 * The profile form: a profile written from scratch (roleId null) becomes the current target; an edit is
 * saved over the version its form was loaded from, keeping the ratings and goals of the requirements kept.
 */
export async function saveRoleProfile(
  roleId: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'id', parse: parseRoleProfileForm, refusal: profileRefusal },
    async (edit, { user }) => {
      if (roleId === null)
        return aimAt(user.id, { ...edit, requirements: edit.requirements.map((entry) => entry.requirement) });
      if (!isUuid(roleId)) throw roleNotFound();
      await updateTargetRole(user.id, roleId, edit, loadedVersionOf(formData));
      targetsChanged();
      redirect('/next-role?saved=edited');
    },
  );
}

export async function makeGoalFromGap(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ goalId?: string }>> {
  return runFormAction(formData, { user: 'profile', parse: parseRequirementForm }, async (requirementId, { user }) => {
    if (requirementId === null) throw requirementNotFound();
    const { goal, created } = await createGoalFromGap(user.id, requirementId, localDate(new Date(), user.timeZone));
    historyChanged(user.id);
    return {
      ok: true,
      message: created ? `Goal created: ${goal.title}.` : `This gap already has a goal: ${goal.title}.`,
      goalId: goal.id,
    };
  });
}

export async function rateExpectationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(
    formData,
    { user: 'profile', parse: parseExpectationRatingForm },
    async ({ requirementId, rating }, { user }) => {
      const today = localDate(new Date(), user.timeZone);
      if (requirementId === null || !(await rateExpectation(user.id, requirementId, today, rating)))
        throw requirementNotFound();
      targetsChanged();
      return { ok: true, message: `Rated “${expectationRatingName(rating)}” today.` };
    },
  );
}

export async function makeRoleCurrentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseRoleForm }, async (roleId, { user }) => {
    if (roleId === null || !(await makeTargetRoleCurrent(user.id, roleId))) throw roleNotFound();
    targetsChanged();
    // The role leaves the list its button was in: the page says so after the redirect.
    redirect('/next-role?saved=switched');
  });
}

export async function deleteRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: parseRoleForm }, async (roleId, { user }) => {
    if (roleId === null || !(await deleteTargetRole(user.id, roleId))) throw roleNotFound();
    targetsChanged();
    redirect('/next-role?saved=deleted');
  });
}
