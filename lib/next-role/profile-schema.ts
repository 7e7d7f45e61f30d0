// A target role's profile: the rules of every field, shared by the forms, the profile file import
// (docs/role-profile-format.md) and the account import. `meta` feeds the published JSON Schema.
import { z } from 'zod';
import { educationKinds, skillKinds } from '@/lib/career/vocabulary';
import { maxTagLength } from '@/lib/achievements/tags';
import { achievementTag } from '@/lib/achievements/schema';
import { maxStudyHours } from '@/lib/career/schema';
import { optionalSingleLine, optionalText, rating, singleLineText } from '@/lib/forms/fields';
import { maxRequirementWeight, maxRequirements } from './vocabulary';

const oneLine = (max: number, required: string, tooLong: string, description: string) =>
  singleLineText({ max, required, tooLong }).meta({ description, maxLength: max });
/** Words the matching titles contain (“leadership”, “support”); empty matches every one. */
const matchText = (what: string, description: string) =>
  optionalSingleLine(100, `Keep the ${what} under 100 characters.`).meta({ description, maxLength: 100 });

export const roleTitle = oneLine(
  200,
  'Enter the role’s title.',
  'Keep the title under 200 characters.',
  'The role’s title, on one line.',
);
export const roleLevel = optionalSingleLine(100, 'Keep the level under 100 characters.').meta({
  description: 'The level or area (“Senior”, “Customer support”); may be empty.',
  maxLength: 100,
});
export const roleSummary = optionalText(2000, 'Keep the summary under 2,000 characters.').meta({
  description: 'What the role does, in a few lines; may be empty.',
});

const weight = z
  .number({ error: 'Give a weight from 0 to 10.' })
  .int('Give a weight in whole numbers.')
  .min(0, 'Give a weight from 0 to 10.')
  .max(maxRequirementWeight, 'Give a weight from 0 to 10.')
  .meta({ description: 'How much this requirement counts, 0 to 10, against the others.' });

export const skillRequirementSchema = z.object({
  type: z.literal('skill'),
  skill: oneLine(
    200,
    'Name the skill.',
    'Keep the skill under 200 characters.',
    'The skill’s name, matched to your skills whatever its case.',
  ),
  skillKind: z
    .enum(skillKinds, { error: 'Choose technical or soft.' })
    .meta({ description: 'Technical or soft: the kind a skill made from this requirement gets.' }),
  level: rating.meta({ description: 'The level needed, 1 (novice) to 5 (expert).' }),
  weight,
});
export const certificationRequirementSchema = z.object({
  type: z.literal('certification'),
  name: oneLine(
    200,
    'Name the certification.',
    'Keep the certification under 200 characters.',
    'Met by a certification whose name contains this, whatever its case.',
  ),
  weight,
});
export const educationRequirementSchema = z.object({
  type: z.literal('education'),
  educationKind: z
    .enum(educationKinds, { error: 'Choose the kind of education or training.' })
    .meta({ description: 'The kind of education or training needed.' }),
  field: matchText('field', 'Words its title or provider contains; empty accepts any of that kind.'),
  weight,
});
export const learningHoursRequirementSchema = z.object({
  type: z.literal('learning_hours'),
  field: matchText('field', 'Words the titles or providers of the counted learning contain; empty counts all.'),
  hours: z
    .number({ error: 'Enter the hours as a number.' })
    .int('Enter whole hours.')
    .min(1, 'Ask for at least one hour.')
    .max(maxStudyHours, 'That is more hours than fit in ten years of study.')
    .meta({ description: 'Hours of learning needed.' }),
  weight,
});
export const experienceRequirementSchema = z.object({
  type: z.literal('experience'),
  years: z
    .number({ error: 'Enter the years as a number.' })
    .min(0.5, 'Ask for at least half a year.')
    .max(50, 'Ask for at most 50 years.')
    .refine((years) => Number.isInteger(years * 2), 'Give the years in halves (1.5, 2, 2.5).')
    .meta({ description: 'Years needed, in halves (0.5 to 50).', multipleOf: 0.5 }),
  roleIncludes: matchText(
    'words of the role',
    'Words the counted positions’ titles or levels contain; empty counts all.',
  ),
  weight,
});
export const achievementsRequirementSchema = z.object({
  type: z.literal('achievements'),
  count: z
    .number({ error: 'Enter how many.' })
    .int('Enter a whole number.')
    .min(1, 'Ask for at least one.')
    .max(100, 'Ask for at most 100.')
    .meta({ description: 'How many achievements.' }),
  withinYears: z
    .number({ error: 'Enter the years as a number.' })
    .int('Enter whole years.')
    .min(1, 'Look back at least one year.')
    .max(10, 'Look back at most ten years.')
    .meta({ description: 'Counted over this many years up to the day readiness is measured.' }),
  tag: achievementTag
    .optional()
    .transform((tag) => tag?.toLowerCase() ?? '')
    .meta({ description: 'Only achievements with this tag; absent or empty counts all.', maxLength: maxTagLength }),
  weight,
});
export const expectationRequirementSchema = z.object({
  type: z.literal('expectation'),
  text: oneLine(
    500,
    'Write what the role expects.',
    'Keep the expectation under 500 characters.',
    'What the role expects, in words; you rate yourself against it.',
  ),
  weight,
});

export const requirementSchema = z.discriminatedUnion(
  'type',
  [
    skillRequirementSchema,
    certificationRequirementSchema,
    educationRequirementSchema,
    learningHoursRequirementSchema,
    experienceRequirementSchema,
    achievementsRequirementSchema,
    expectationRequirementSchema,
  ],
  { error: 'Choose the kind of requirement.' },
);
export type Requirement = z.infer<typeof requirementSchema>;

export const weightsSumToZero = 'Give at least one requirement a weight above zero.';

export const roleProfileSchema = z
  .object({
    title: roleTitle,
    level: roleLevel,
    summary: roleSummary,
    requirements: z
      .array(requirementSchema)
      .min(1, 'Add at least one requirement.')
      .max(maxRequirements, `Keep a profile to ${maxRequirements} requirements.`),
  })
  .superRefine((profile, context) => {
    const total = profile.requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
    if (profile.requirements.length > 0 && total === 0)
      context.addIssue({ code: 'custom', path: ['requirements'], message: weightsSumToZero });
  });
export type RoleProfile = z.infer<typeof roleProfileSchema>;
/** What a profile holds before the rules read it (optional fields may be absent). */
export type RoleProfileInput = z.input<typeof roleProfileSchema>;
