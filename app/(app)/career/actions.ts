'use server';

import { redirect } from 'next/navigation';
import { historyChanged } from '../history-changed';
import { addAssessment, createSkill, deleteAssessment, deleteSkill, DuplicateSkillName, updateSkill } from '@/db/queries/career/skills';
import { createCertification, deleteCertification, updateCertification } from '@/db/queries/career/certifications';
import { createEducation, deleteEducation, updateEducation } from '@/db/queries/career/education';
import { createPosition, deletePosition, SecondFirstRole, updatePosition } from '@/db/queries/career/positions';
import { requireUser, requireUserId } from '@/lib/server/auth/session';
import { isUuid } from '@/lib/ids';
import {
  assessmentFields,
  assessmentProblems,
  assessmentSchema,
  certificationFields,
  certificationProblems,
  certificationSchema,
  educationFields,
  educationProblems,
  educationSchema,
  positionFields,
  positionProblems,
  positionSchema,
  skillFields,
  skillSchema,
} from '@/lib/career/schema';
import { failure, parseForm, readForm, type ActionResult } from '@/lib/forms/form';
import { localDate } from '@/lib/dates/calendar';

const correctFields = 'Please correct the highlighted fields.';
const gone = 'This entry could not be found. It may have been deleted.';
const none = () => [];

function done(userId: string, path: string): never {
  historyChanged(userId);
  redirect(path);
}

export async function saveSkill(skillId: string | null, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const userId = user.id;
  const raw = readForm(formData, [...skillFields, ...assessmentFields]);
  const parsed = parseForm(skillSchema, raw, none);
  // On a new skill, a current level makes the first assessment.
  const firstAssessment =
    skillId === null && raw.level ? parseForm(assessmentSchema, { evidence: '', ...raw }, assessmentProblems(localDate(new Date(), user.timeZone))) : null;
  if (!parsed.success || (firstAssessment && !firstAssessment.success)) {
    return failure(correctFields, formData, {
      ...(parsed.success ? {} : parsed.fieldErrors),
      ...(firstAssessment && !firstAssessment.success ? firstAssessment.fieldErrors : {}),
    });
  }
  try {
    if (skillId === null) {
      const skill = await createSkill(userId, parsed.data, firstAssessment?.success ? firstAssessment.data : undefined);
      done(userId, `/career/skills/${skill.id}?saved=created`);
    }
    if (!isUuid(skillId) || !(await updateSkill(userId, skillId, parsed.data))) return failure(gone, formData);
  } catch (error) {
    if (error instanceof DuplicateSkillName) return failure(correctFields, formData, { name: ['You already track a skill with this name.'] });
    throw error;
  }
  done(userId, `/career/skills/${skillId}?saved=updated`);
}

export async function addAssessmentAction(skillId: string, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const userId = user.id;
  const parsed = parseForm(assessmentSchema, readForm(formData, assessmentFields), assessmentProblems(localDate(new Date(), user.timeZone)));
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (!isUuid(skillId) || !(await addAssessment(userId, skillId, parsed.data))) return failure(gone, formData);
  historyChanged(userId);
  return { ok: true, message: 'Assessment added.' };
}

export async function deleteAssessmentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const id = formData.get('id');
  if (!isUuid(id) || !(await deleteAssessment(userId, id))) return failure(gone, formData);
  historyChanged(userId);
  return { ok: true, message: 'Assessment deleted.' };
}

export async function saveEducation(id: string | null, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(educationSchema, readForm(formData, educationFields), educationProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (id === null) await createEducation(userId, parsed.data);
  else if (!isUuid(id) || !(await updateEducation(userId, id, parsed.data))) return failure(gone, formData);
  done(userId, `/career?saved=education#education`);
}

export async function saveCertification(id: string | null, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(certificationSchema, readForm(formData, certificationFields), certificationProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  if (id === null) await createCertification(userId, parsed.data);
  else if (!isUuid(id) || !(await updateCertification(userId, id, parsed.data))) return failure(gone, formData);
  done(userId, `/career?saved=certification#certifications`);
}

export async function savePosition(id: string | null, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const parsed = parseForm(positionSchema, readForm(formData, positionFields), positionProblems);
  if (!parsed.success) return failure(correctFields, formData, parsed.fieldErrors);
  try {
    if (id === null) await createPosition(userId, parsed.data);
    else if (!isUuid(id) || !(await updatePosition(userId, id, parsed.data))) return failure(gone, formData);
  } catch (error) {
    if (error instanceof SecondFirstRole) {
      return failure(correctFields, formData, { howReached: ['Another role is already your first role. Choose how you reached this one.'] });
    }
    throw error;
  }
  done(userId, `/career?saved=position#positions`);
}

const deleters = {
  skills: deleteSkill,
  education: deleteEducation,
  certifications: deleteCertification,
  positions: deletePosition,
} as const;

export async function deleteCareerEntry(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const userId = await requireUserId();
  const section = formData.get('section');
  const id = formData.get('id');
  const remove = typeof section === 'string' && section in deleters ? deleters[section as keyof typeof deleters] : undefined;
  if (!remove || !isUuid(id) || !(await remove(userId, id))) return failure(gone, formData);
  done(userId, `/career?saved=deleted`);
}
