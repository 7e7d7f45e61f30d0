import { z } from 'zod';
import { educationKinds, employmentTypes, howReachedOptions, payBases, skillKinds } from '@/lib/career/vocabulary';
import {
  isSingleLine,
  singleLineText,
  isoDateField,
  notAfter,
  optionalIsoDateField,
  optionalNumberField,
  optionalSingleLine,
  optionalText,
  ratingField,
} from '@/lib/forms/fields';
import {
  formParser,
  parseForm,
  readForm,
  type CrossFieldProblem,
  type FormParser,
  type ParsedForm,
} from '@/lib/forms/form';

const name = (what: string) =>
  singleLineText({ max: 200, required: `Enter the ${what}.`, tooLong: `Keep the ${what} under 200 characters.` });
const text = (raw: Record<string, unknown>, key: string) => {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
};
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

// Rules of single fields the account import shares.
export const skillName = name('skill name');
export const assessmentEvidence = optionalText(1000, 'Keep the evidence under 1000 characters.');
export const educationTitle = name('title');
export const educationProvider = optionalSingleLine(200, 'Keep the provider under 200 characters.');
export const maxStudyHours = 20000;
export const certificationName = name('certification name');
export const certificationIssuer = optionalSingleLine(200, 'Keep the issuer under 200 characters.');
export const credentialId = optionalSingleLine(200, 'Keep the credential id under 200 characters.');
export const maxUrlLength = 2000;
export const positionTitle = name('role title');
export const positionEmployer = name('employer');
export const positionLevel = optionalSingleLine(100, 'Keep the level under 100 characters.');

const skillFields = ['name', 'kind', 'targetLevel'] as const;
export const skillSchema = z.object({
  name: skillName,
  kind: z.enum(skillKinds, { error: 'Choose technical or soft.' }),
  targetLevel: ratingField('Choose a target level from 1 to 5.'),
});
export type SkillInput = z.infer<typeof skillSchema>;
export const parseSkillForm = formParser(skillFields, skillSchema);

const assessmentFields = ['assessedOn', 'level', 'evidence'] as const;
export const assessmentSchema = z.object({
  assessedOn: isoDateField('Enter the date of this assessment.'),
  level: ratingField('Choose a level from 1 to 5.'),
  evidence: assessmentEvidence,
});
export type AssessmentInput = z.infer<typeof assessmentSchema>;

/** A level is what the user can do now or could do then; `today` is the user's own date. */
export function assessmentProblems(today: string) {
  return (raw: Record<string, unknown>): CrossFieldProblem[] => {
    const assessed = text(raw, 'assessedOn');
    return assessed && assessed > today ? [['assessedOn', 'An assessment cannot be dated in the future.']] : [];
  };
}
/** `today` is the user's own date: an assessment may not be dated after it. */
export function parseAssessmentForm(formData: FormData, today: string): ParsedForm<AssessmentInput> {
  return parseForm(assessmentSchema, readForm(formData, assessmentFields), assessmentProblems(today));
}

export type NewSkillInput = { skill: SkillInput; firstAssessment: AssessmentInput | undefined };

/** A new skill; a current level, when given, makes its first assessment and is checked like one. */
export function parseNewSkillForm(formData: FormData, today: string): ParsedForm<NewSkillInput> {
  const raw = readForm(formData, [...skillFields, ...assessmentFields]);
  const skill = parseForm(skillSchema, raw);
  const firstAssessment = raw.level
    ? parseForm(assessmentSchema, { evidence: '', ...raw }, assessmentProblems(today))
    : undefined;
  if (skill.success && (!firstAssessment || firstAssessment.success)) {
    return { success: true, data: { skill: skill.data, firstAssessment: firstAssessment?.data } };
  }
  return {
    success: false,
    fieldErrors: {
      ...(skill.success ? {} : skill.fieldErrors),
      ...(firstAssessment && !firstAssessment.success ? firstAssessment.fieldErrors : {}),
    },
  };
}

const educationFields = ['kind', 'title', 'provider', 'startedOn', 'completedOn', 'hours'] as const;
export const educationSchema = z.object({
  kind: z.enum(educationKinds, { error: 'Choose the kind of learning.' }),
  title: educationTitle,
  provider: educationProvider,
  startedOn: optionalIsoDateField('Enter a valid start date.').transform((value) => value ?? null),
  completedOn: optionalIsoDateField('Enter a valid completion date.').transform((value) => value ?? null),
  hours: optionalNumberField('Enter the hours as a number.')
    .refine((hours) => hours === undefined || hours >= 0, 'Hours cannot be negative.')
    .refine(
      (hours) => hours === undefined || hours <= maxStudyHours,
      'That is more hours than fit in ten years of study.',
    )
    .transform((hours) => hours ?? null),
});
export type EducationInput = z.infer<typeof educationSchema>;
export function educationProblems(raw: Record<string, unknown>): CrossFieldProblem[] {
  const started = text(raw, 'startedOn');
  const completed = text(raw, 'completedOn');
  return started && completed && completed < started ? [['completedOn', 'Completion cannot be before the start.']] : [];
}
/** `today` is the user's own date: a study cannot be completed after it. */
export function parseEducationForm(formData: FormData, today: string): ParsedForm<EducationInput> {
  const completedByToday = notAfter(today, 'completedOn', 'A completion date cannot be in the future.');
  return parseForm(educationSchema, readForm(formData, educationFields), (raw) => [
    ...educationProblems(raw),
    ...completedByToday(raw),
  ]);
}

/** A web address starting with http:// or https://, on one line. */
export function isHttpUrl(value: string): boolean {
  if (!isSingleLine(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || isHttpUrl(value), 'Enter a web address starting with https:// or http://.')
  .refine((value) => value === null || value.length <= maxUrlLength, 'Keep the web address under 2,000 characters.');

const certificationFields = ['name', 'issuer', 'earnedOn', 'expiresOn', 'credentialId', 'credentialUrl'] as const;
export const certificationSchema = z.object({
  name: certificationName,
  issuer: certificationIssuer,
  earnedOn: isoDateField('Enter the date you earned it.'),
  expiresOn: optionalIsoDateField('Enter a valid expiry date.').transform((value) => value ?? null),
  credentialId,
  credentialUrl: httpUrl,
});
export type CertificationInput = z.infer<typeof certificationSchema>;
export function certificationProblems(raw: Record<string, unknown>): CrossFieldProblem[] {
  const earned = text(raw, 'earnedOn');
  const expires = text(raw, 'expiresOn');
  return earned && expires && expires < earned
    ? [['expiresOn', 'Expiry cannot be before the date you earned it.']]
    : [];
}
/** `today` is the user's own date: a certification cannot be earned after it. */
export function parseCertificationForm(formData: FormData, today: string): ParsedForm<CertificationInput> {
  const earnedByToday = notAfter(today, 'earnedOn', 'The date you earned it cannot be in the future.');
  return parseForm(certificationSchema, readForm(formData, certificationFields), (raw) => [
    ...certificationProblems(raw),
    ...earnedByToday(raw),
  ]);
}

const positionFields = [
  'title',
  'employer',
  'level',
  'employmentType',
  'payBasis',
  'hasBonus',
  'hasStockOptions',
  'hasBenefits',
  'startedOn',
  'endedOn',
  'howReached',
] as const;
export const positionSchema = z.object({
  title: positionTitle,
  employer: positionEmployer,
  level: positionLevel,
  employmentType: z.enum(employmentTypes, { error: 'Choose the employment type.' }),
  payBasis: z.enum(payBases, { error: 'Choose salary or hourly.' }),
  hasBonus: checkbox,
  hasStockOptions: checkbox,
  hasBenefits: checkbox,
  startedOn: isoDateField('Enter the start date.'),
  endedOn: optionalIsoDateField('Enter a valid end date.').transform((value) => value ?? null),
  howReached: z.enum(howReachedOptions, { error: 'Choose how you reached this role.' }),
});
export type PositionInput = z.infer<typeof positionSchema>;
export function positionProblems(raw: Record<string, unknown>): CrossFieldProblem[] {
  const started = text(raw, 'startedOn');
  const ended = text(raw, 'endedOn');
  return started && ended && ended < started ? [['endedOn', 'The end cannot be before the start.']] : [];
}
export const parsePositionForm: FormParser<PositionInput> = formParser(
  positionFields,
  positionSchema,
  positionProblems,
);
