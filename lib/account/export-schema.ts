// The whole-account export file, version 1: the format is documented in docs/export-format.md.
// The same schema checks a file before anything of it is imported.
import { z } from 'zod';
import { educationKinds, employmentTypes, howReachedOptions, payBases, skillKinds } from '@/lib/career/vocabulary';
import { goalCategories, goalHorizons, goalStatuses, goalTargetKinds } from '@/lib/goals/vocabulary';
import { isIsoDate } from '@/lib/dates/calendar';

export const exportFormat = 'trajectory-account';
export const exportVersion = 1;
/** Larger files are refused before they are read. */
export const maxImportBytes = 20 * 1024 * 1024;

const date = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const optionalDate = date.nullable();
const timestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);
const number = z.number().finite().min(-1e12).max(1e12);
const rating = z.number().int().min(1).max(5);
const times = { createdAt: timestamp, updatedAt: timestamp };

const goal = z.object({
  ref: text(100).min(1),
  title: text(500).min(1),
  purpose: text(5000),
  horizon: z.enum(goalHorizons),
  category: z.enum(goalCategories),
  targetKind: z.enum(goalTargetKinds),
  startValue: number.nullable(),
  targetValue: number.nullable(),
  unit: text(100).nullable(),
  startDate: date,
  targetDate: optionalDate,
  status: z.enum(goalStatuses),
  statusChangedOn: date,
  parentRef: text(100).nullable(),
  ...times,
  milestones: z
    .array(
      z.object({ title: text(500).min(1), position: z.number().int().min(0), completedWeek: optionalDate, ...times }),
    )
    .max(1000),
  updates: z
    .array(z.object({ weekStart: date, value: number.nullable(), confidence: rating, note: text(5000), ...times }))
    .max(10_000),
});

export const accountExportSchema = z
  .object({
    format: z.literal(exportFormat, { error: `is not a Trajectory account export` }),
    version: z.literal(exportVersion, { error: `is not version ${exportVersion}, the version this app reads` }),
    exportedAt: timestamp,
    profile: z.object({
      name: text(200).nullable(),
      email: text(320),
      timeZone: text(100),
      weekStartsOn: z.number().int().min(0).max(6),
    }),
    goals: z.array(goal).max(10_000),
    reflections: z
      .array(z.object({ weekStart: date, alignment: rating, note: text(5000), highlight: text(2000), ...times }))
      .max(10_000),
    skills: z
      .array(
        z.object({
          name: text(200).min(1),
          kind: z.enum(skillKinds),
          targetLevel: rating,
          ...times,
          assessments: z
            .array(z.object({ assessedOn: date, level: rating, evidence: text(5000), ...times }))
            .max(10_000),
        }),
      )
      .max(10_000),
    education: z
      .array(
        z.object({
          kind: z.enum(educationKinds),
          title: text(500).min(1),
          provider: text(500),
          startedOn: optionalDate,
          completedOn: optionalDate,
          hours: number.min(0).nullable(),
          ...times,
        }),
      )
      .max(10_000),
    certifications: z
      .array(
        z.object({
          name: text(500).min(1),
          issuer: text(500),
          earnedOn: date,
          expiresOn: optionalDate,
          credentialId: text(500),
          credentialUrl: z
            .url({ protocol: /^https?$/ })
            .max(2000)
            .nullable(),
          ...times,
        }),
      )
      .max(10_000),
    positions: z
      .array(
        z.object({
          title: text(500).min(1),
          employer: text(500),
          level: text(200),
          employmentType: z.enum(employmentTypes),
          payBasis: z.enum(payBases),
          hasBonus: z.boolean(),
          hasStockOptions: z.boolean(),
          hasBenefits: z.boolean(),
          startedOn: date,
          endedOn: optionalDate,
          howReached: z.enum(howReachedOptions),
          ...times,
        }),
      )
      .max(1000),
    reviews: z
      .array(
        z.object({
          year: z.number().int().min(1970).max(9999),
          summary: text(5000),
          highlights: z.array(text(500)).max(30),
          ...times,
        }),
      )
      .max(1000)
      .default([]),
  })
  .superRefine((file, context) => {
    const refs = new Set(file.goals.map((goal) => goal.ref));
    if (refs.size !== file.goals.length)
      context.addIssue({ code: 'custom', path: ['goals'], message: 'two goals share the same ref' });
    if (new Set(file.reviews.map((review) => review.year)).size !== file.reviews.length) {
      context.addIssue({ code: 'custom', path: ['reviews'], message: 'has two reviews of the same year' });
    }
    file.goals.forEach((goal, index) => {
      if (goal.parentRef !== null && !refs.has(goal.parentRef)) {
        context.addIssue({
          code: 'custom',
          path: ['goals', index, 'parentRef'],
          message: 'refers to no goal in this file',
        });
      }
    });
  });

export type AccountExport = z.infer<typeof accountExportSchema>;

/** The first few problems of a refused file, in words a person can act on. */
export function describeImportProblems(error: z.ZodError): string {
  const at = (field: string) => error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === field);
  // A file that is not an export at all gets one plain sentence, not a list of every field it lacks.
  if (at('format') || error.issues.some((issue) => issue.path.length === 0))
    return 'This file is not a Trajectory account export.';
  if (at('version')) return `This export is in another version of the format; this app reads version ${exportVersion}.`;
  const problems = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the file'} ${issue.message}`);
  return `The file does not match the export format: ${problems.join('; ')}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''}.`;
}
