// The export file's target roles (added in version 3; older files have none and it defaults to empty), and
// the rules between them and the rest of the file. A role's fields are checked by the profile's own rules.
import { z } from 'zod';
import { plausibleDate, plausibleTimestamp, rating } from '@/lib/forms/fields';
import { requirementSchema, roleLevel, roleSummary, roleTitle, weightsSumToZero } from '@/lib/next-role/profile-schema';
import { maxRequirements } from '@/lib/next-role/vocabulary';

const date = plausibleDate('must be a date written YYYY-MM-DD');
const ref = z.string().min(1).max(100);
export const maxRequirementGoals = 50;

export const targetRolesSection = z
  .array(
    z.object({
      title: roleTitle,
      level: roleLevel,
      summary: roleSummary,
      isCurrent: z.boolean(),
      requirements: z
        .array(
          z.object({
            requirement: requirementSchema,
            // Expectations only: the user's ratings of themselves against it, one a day.
            selfRatings: z.array(z.object({ ratedOn: date, rating })).max(1000),
            // The goals made from this requirement's gap, by their ref in the goals section.
            goalRefs: z.array(ref).max(maxRequirementGoals),
          }),
        )
        .min(1)
        .max(maxRequirements),
      createdAt: plausibleTimestamp,
      updatedAt: plausibleTimestamp,
    }),
  )
  .max(100)
  .default([]);

type FileProblem = [path: (string | number)[], message: string];
type TargetRoles = { goals: { ref: string }[]; targetRoles: z.infer<typeof targetRolesSection> };

/** One role at most is current; weights do not all read 0; links and ratings name what the file holds. */
export function targetRoleProblems(file: TargetRoles, today: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const goalRefs = new Set(file.goals.map((goal) => goal.ref));
  if (file.targetRoles.filter((role) => role.isCurrent).length > 1)
    problems.push([['targetRoles'], 'has more than one current role']);
  file.targetRoles.forEach((role, index) => {
    const path = ['targetRoles', index, 'requirements'];
    if (role.requirements.every((entry) => entry.requirement.weight === 0)) problems.push([path, weightsSumToZero]);
    role.requirements.forEach((entry, requirementIndex) => {
      const at = [...path, requirementIndex];
      if (entry.selfRatings.length > 0 && entry.requirement.type !== 'expectation')
        problems.push([[...at, 'selfRatings'], 'rates a requirement that is not an expectation']);
      if (new Set(entry.selfRatings.map((row) => row.ratedOn)).size !== entry.selfRatings.length)
        problems.push([[...at, 'selfRatings'], 'has two ratings on the same day']);
      entry.selfRatings.forEach((row, ratingIndex) => {
        if (row.ratedOn > today) problems.push([[...at, 'selfRatings', ratingIndex, 'ratedOn'], 'is in the future']);
      });
      entry.goalRefs.forEach((goalRef, goalIndex) => {
        if (!goalRefs.has(goalRef)) problems.push([[...at, 'goalRefs', goalIndex], 'refers to no goal in this file']);
      });
    });
  });
  return problems;
}
