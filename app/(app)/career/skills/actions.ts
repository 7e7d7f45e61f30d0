'use server';

import { changedThenGoTo, deleteEntry, editedId, entryNotFound, userToday } from '../action-support';
import { historyChanged } from '../../history-changed';
import { addAssessment, createSkill, deleteAssessment, deleteSkill, updateSkill } from '@/db/queries/career/skills';
import { parseAssessmentForm, parseNewSkillForm, parseSkillForm } from '@/lib/career/schema';
import { loadedVersionOf, recordIdParser } from '@/lib/forms/form';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';

export async function saveSkill(
  skillId: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  if (skillId === null) {
    const parse = (form: FormData, user: { timeZone: string }) => parseNewSkillForm(form, userToday(user));
    return runFormAction(formData, { user: 'profile', parse }, async ({ skill, firstAssessment }, { user }) => {
      const created = await createSkill(user.id, skill, firstAssessment);
      changedThenGoTo(user.id, `/career/skills/${created.id}?saved=created`);
    });
  }
  return runFormAction(formData, { user: 'id', parse: parseSkillForm }, async (skill, { user }) => {
    if (!(await updateSkill(user.id, editedId(skillId), skill, loadedVersionOf(formData)))) throw entryNotFound();
    changedThenGoTo(user.id, `/career/skills/${skillId}?saved=updated`);
  });
}

export async function deleteSkillAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deleteSkill, formData);
}

export async function addAssessmentAction(
  skillId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const parse = (form: FormData, user: { timeZone: string }) => parseAssessmentForm(form, userToday(user));
  return runFormAction(formData, { user: 'profile', parse }, async (assessment, { user }) => {
    if (!(await addAssessment(user.id, editedId(skillId), assessment))) throw entryNotFound();
    historyChanged(user.id);
    return { ok: true, message: 'Assessment added.' };
  });
}

export async function deleteAssessmentAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'id', parse: recordIdParser('id') }, async (id, { user }) => {
    if (id === null || !(await deleteAssessment(user.id, id))) throw entryNotFound();
    historyChanged(user.id);
    return { ok: true, message: 'Assessment deleted.' };
  });
}
