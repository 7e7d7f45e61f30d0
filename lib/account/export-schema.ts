// The whole-account export file, version 3 (version 1 and 2 files still import): docs/export-format.md.
// The same schema checks a file before anything of it is imported.
import { z } from 'zod';
import { timeZoneField } from '@/lib/auth/schema';
import {
  assessmentEvidence,
  certificationIssuer,
  certificationName,
  credentialId,
  educationProvider,
  educationTitle,
  isHttpUrl,
  maxStudyHours,
  maxUrlLength,
  positionEmployer,
  positionLevel,
  positionTitle,
  skillName,
} from '@/lib/career/schema';
import { checkPayRecord, payRecordObject } from '@/lib/career/compensation-schema';
import { educationKinds, employmentTypes, howReachedOptions, payBases, skillKinds } from '@/lib/career/vocabulary';
import { formNumber, plausibleDate, plausibleTimestamp, rating } from '@/lib/forms/fields';
import { goalPurpose, goalTitle, goalUnit, maxMilestones, milestoneTitle } from '@/lib/goals/schema';
import { goalCategories, goalHorizons, goalStatuses, goalTargetKinds } from '@/lib/goals/vocabulary';
import {
  achievementImpact,
  achievementMetric,
  achievementTag,
  achievementTitle,
  achievementUnit,
  maxLinks,
} from '@/lib/achievements/schema';
import { maxTags } from '@/lib/achievements/tags';
import {
  maxReviewAchievements,
  maxReviewHighlights,
  reviewHighlight,
  reviewSummary,
  reviewYearInFile,
} from '@/lib/review/schema';
import { reflectionHighlight, reflectionNote, updateNote } from '@/lib/weekly/schema';
import { hoursWorked } from '@/lib/weekly/balance';
import { feedbackSection, peopleSection } from './export-people-schema';
import { targetRolesSection } from './export-roles-schema';
import { accountFileProblems } from './import-rules';
import { profileName } from './profile-schema';
import { isWeekStartChoice } from './week-start';

export const exportFormat = 'trajectory-account';
export const exportVersion = 3;
/** Versions this app imports. An older file lacks the sections added since, which default to empty. */
export const readableExportVersions = [1, 2, 3] as const;
const readableVersionsText = `${readableExportVersions.slice(0, -1).join(', ')} and ${exportVersion}`;

// Every field is checked by the rule its form uses (imported from the area's schema), so a file can hold
// nothing a form would refuse; the rules between fields and records run in import-rules.ts.
const date = plausibleDate('must be a date written YYYY-MM-DD');
const optionalDate = date.nullable();
const times = { createdAt: plausibleTimestamp, updatedAt: plausibleTimestamp };

const goal = z.object({
  ref: z.string().min(1).max(100),
  title: goalTitle,
  purpose: goalPurpose,
  horizon: z.enum(goalHorizons),
  category: z.enum(goalCategories),
  targetKind: z.enum(goalTargetKinds),
  startValue: formNumber.nullable(),
  targetValue: formNumber.nullable(),
  unit: goalUnit.nullable(),
  startDate: date,
  targetDate: optionalDate,
  status: z.enum(goalStatuses),
  statusChangedOn: date,
  parentRef: z.string().max(100).nullable(),
  ...times,
  milestones: z
    .array(
      z.object({ title: milestoneTitle, position: z.number().int().min(0), completedWeek: optionalDate, ...times }),
    )
    .max(maxMilestones),
  updates: z
    .array(z.object({ weekStart: date, value: formNumber.nullable(), confidence: rating, note: updateNote, ...times }))
    .max(10_000),
});

const accountFileShape = z.object({
  format: z.literal(exportFormat, { error: `is not a Trajectory account export` }),
  version: z.union(
    readableExportVersions.map((version) => z.literal(version)),
    { error: `is not a version this app reads (${readableVersionsText})` },
  ),
  exportedAt: plausibleTimestamp,
  profile: z.object({
    name: profileName.nullable(),
    email: z.string().max(320),
    timeZone: timeZoneField,
    weekStartsOn: z
      .number()
      .int()
      .refine(isWeekStartChoice, 'is not a day the week can start on (Monday, Sunday or Saturday)'),
  }),
  // Added after version 1 was first written: optional, so older files import (with every reminder off).
  reminders: z
    .object({
      weeklyOn: z.boolean(),
      weeklyDay: z.number().int().min(0).max(6),
      weeklyHour: z.number().int().min(0).max(23),
      certificationsOn: z.boolean(),
      goalsOn: z.boolean(),
    })
    .optional(),
  goals: z.array(goal).max(10_000),
  reflections: z
    .array(
      z.object({
        weekStart: date,
        alignment: rating,
        note: reflectionNote,
        highlight: reflectionHighlight,
        // Version 2: work-life balance, absent from version 1 files.
        hoursWorked: hoursWorked.nullable().default(null),
        balance: rating.nullable().default(null),
        ...times,
      }),
    )
    .max(10_000),
  skills: z
    .array(
      z.object({
        name: skillName,
        kind: z.enum(skillKinds),
        targetLevel: rating,
        ...times,
        assessments: z
          .array(z.object({ assessedOn: date, level: rating, evidence: assessmentEvidence, ...times }))
          .max(10_000),
      }),
    )
    .max(10_000),
  education: z
    .array(
      z.object({
        kind: z.enum(educationKinds),
        title: educationTitle,
        provider: educationProvider,
        startedOn: optionalDate,
        completedOn: optionalDate,
        hours: z.number().finite().min(0).max(maxStudyHours).nullable(),
        ...times,
      }),
    )
    .max(10_000),
  certifications: z
    .array(
      z.object({
        name: certificationName,
        issuer: certificationIssuer,
        earnedOn: date,
        expiresOn: optionalDate,
        credentialId,
        credentialUrl: z
          .string()
          .max(maxUrlLength)
          .refine(isHttpUrl, 'must be a web address starting with https:// or http://')
          .nullable(),
        ...times,
      }),
    )
    .max(10_000),
  positions: z
    .array(
      z.object({
        title: positionTitle,
        employer: positionEmployer,
        level: positionLevel,
        employmentType: z.enum(employmentTypes),
        payBasis: z.enum(payBases),
        hasBonus: z.boolean(),
        hasStockOptions: z.boolean(),
        hasBenefits: z.boolean(),
        startedOn: date,
        endedOn: optionalDate,
        howReached: z.enum(howReachedOptions),
        ...times,
        // Version 2: the position's pay records, oldest first; a version 1 file has none.
        payRecords: z.array(payRecordObject.extend(times).superRefine(checkPayRecord)).max(1000).default([]),
      }),
    )
    .max(1000),
  reviews: z
    .array(
      z.object({
        year: reviewYearInFile,
        summary: reviewSummary,
        highlights: z.array(reviewHighlight).max(maxReviewHighlights),
        // Version 2: the achievements picked for the review by their ref; null (or absent) while none were picked.
        achievementRefs: z.array(z.string().max(100)).max(maxReviewAchievements).nullable().default(null),
        ...times,
      }),
    )
    .max(1000)
    .default([]),
  // Version 2: the achievements log. Goals are linked by their ref, skills by name, the position by its
  // employer, title and start date (positions have no ref in the file).
  achievements: z
    .array(
      z.object({
        ref: z.string().min(1).max(100),
        title: achievementTitle,
        impact: achievementImpact,
        metric: achievementMetric,
        valueBefore: formNumber.nullable(),
        valueAfter: formNumber.nullable(),
        unit: achievementUnit,
        achievedOn: date,
        position: z.object({ employer: positionEmployer, title: positionTitle, startedOn: date }).nullable(),
        goalRefs: z.array(z.string().max(100)).max(maxLinks),
        skills: z.array(skillName).max(maxLinks),
        tags: z.array(achievementTag).max(maxTags),
        ...times,
      }),
    )
    .max(10_000)
    .default([]),
  people: peopleSection,
  feedback: feedbackSection,
  // Version 3: the roles the user aims at (docs/next-role.md).
  targetRoles: targetRolesSection,
});

export type AccountFile = z.infer<typeof accountFileShape>;

export const accountExportSchema = accountFileShape.superRefine((file, context) => {
  for (const [path, message] of accountFileProblems(file)) context.addIssue({ code: 'custom', path, message });
});

export type AccountExport = z.infer<typeof accountExportSchema>;

/** The first few problems of a refused file, in words a person can act on. */
export function describeImportProblems(error: z.ZodError): string {
  const at = (field: string) => error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === field);
  // A file that is not an export at all gets one plain sentence, not a list of every field it lacks.
  if (at('format') || error.issues.some((issue) => issue.path.length === 0))
    return 'This file is not a Trajectory account export.';
  if (at('version'))
    return `This export is in another version of the format; this app reads versions ${readableVersionsText}.`;
  const problems = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the file'} ${issue.message}`);
  return `The file does not match the export format: ${problems.join('; ')}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''}.`;
}
