'use server';

import { changedThenGoTo, correctFields, deleteEntry, entryGone } from '../action-support';
import { historyChanged } from '../../history-changed';
import {
  addAssessment,
  createSkill,
  deleteAssessment,
  deleteSkill,
  DuplicateSkillName,
  updateSkill,
} from '@/db/queries/career/skills';
import { assessmentFields, assessmentProblems, assessmentSchema, skillFields, skillSchema } from '@/lib/career/schema';
import { localDate } from '@/lib/dates/calendar';
import { failure, parseForm, readForm, type ActionResult } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';
import { requireUser, requireUserId } from '@/lib/server/auth/session';

const none = () => [];

export async function saveSkill(
  skillId: string | null,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const user = await requireUser();
  const userId = user.id;
  const raw = readForm(formData, [...skillFields, ...assessmentFields]);
  const parsed = parseForm(skillSchema, raw, none);
  // On a new skill, a current level makes the first assessment.
  const firstAssessment =
    skillId === null && raw.level
      ? parseForm(assessmentSchema, { evidence: '', ...raw }, assessmentProblems(localDate(new Date(), user.timeZone)))
      : null;
  if (!parsed.success || (firstAssessment && !firstAssessment.success)) {
    return failure(correctFields, formData, {
      ...(parsed.success ? {} : parsed.fieldErrors),
      ...(firstAssessment && !firstAssessment.success ? firstAssessment.fieldErrors : {}),
    });
  }
  try {
    if (skillId === null) {
      const skill = await createSkill(userId, parsed.data, firstAssessment?.success ? firstAssessment.data : undefined);
      changedThenGoTo(userId, `/career/skills/${skill.id}?saved=created`);
    }
    if (!isUuid(skillId) || !(await updateSkill(userId, skillId, parsed.data))) return failure(entryGone, formData);
  } catch (error) {
    if (error instanceof DuplicateSkillName)
      return failure(correctFields, formData, { name: ['You already track a skill with this name.'] });
    throw error;
  }
  changedThenGoTo(userId, `/career/skills/${skillId}?saved=updated`);
}

export async function deleteSkillAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return deleteEntry(deleteSkill, formData);
}

export async function addAssessmentAction(
  skillId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const user = await requireUser();
  const userId = user.id;
  const parsed = parseForm(
    assessmentSchema,
    readForm(formData, assessmentFields),
    assessmentProblems(localDate(new Date(), user.timeZone)),
  );
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (!isUuid(skillId) || !(await addAssessment(userId, skillId, parsed.data))) return failure(entryGone, formData);
  historyChanged(userId);
  return { ok: true, message: 'Assessment added.' };
}

export async function deleteAssessmentAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const userId = await requireUserId();
  const id = formData.get('id');
  if (!isUuid(id) || !(await deleteAssessment(userId, id))) return failure(entryGone, formData);
  historyChanged(userId);
  return { ok: true, message: 'Assessment deleted.' };
}
